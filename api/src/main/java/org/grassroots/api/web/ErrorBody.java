package org.grassroots.api.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsConfiguration;

/**
 * A refusal at the HTTP edge, written as a GraphQL response with one error, so that a
 * client reads it the way it reads every other error: {@code errors[0].message} and
 * {@code extensions.classification}. In the media type the client asked for, never HTML.
 */
final class ErrorBody {

	private ErrorBody() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, String classification,
			String message) throws IOException {
		write(request, response, null, status, classification, message);
	}

	/**
	 * With the CORS headers the endpoint's configuration gives the request's origin, so
	 * that a frontend on an allowed origin can read the refusal instead of meeting a CORS
	 * failure: refusals at the door come before Spring's CORS handling.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, @Nullable CorsConfiguration cors,
			int status, String classification, String message) throws IOException {
		response.resetBuffer();
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		String allowed = (cors != null && origin != null) ? cors.checkOrigin(origin) : null;
		if (allowed != null) {
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, allowed);
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
			if (Boolean.TRUE.equals(cors.getAllowCredentials())) {
				response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
			}
			response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.RETRY_AFTER);
		}
		response.setStatus(status);
		response.setContentType(mediaType(request).toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		byte[] body = json(classification, message).getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	static String json(String classification, String message) {
		StringBuilder json = new StringBuilder("{\"errors\":[{\"message\":\"");
		JsonStringEncoder.getInstance().quoteAsString(message, json);
		return json.append("\",\"extensions\":{\"classification\":\"")
			.append(classification)
			.append("\"}}]}")
			.toString();
	}

	/** The GraphQL-over-HTTP media type when the client asks for it, otherwise JSON. */
	static MediaType mediaType(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		try {
			if (accept != null && MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> type.isCompatibleWith(MediaType.APPLICATION_GRAPHQL_RESPONSE)
						&& !type.isWildcardType())) {
				return MediaType.APPLICATION_GRAPHQL_RESPONSE;
			}
		}
		catch (IllegalArgumentException ex) {
			// An Accept header that does not parse gets plain JSON
		}
		return MediaType.APPLICATION_JSON;
	}

}
