package org.grassroots.api.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The GraphQL endpoint's door: every request that is not a well-formed GraphQL request
 * over HTTP is answered here, quickly and with a GraphQL-shaped body, before it costs the
 * engine anything. Other methods get 405 with {@code Allow}; a POST needs a JSON content
 * type (415), a body within {@link HttpLimits#maxBodySize()} (413) that is one JSON
 * object whose members have the types the GraphQL-over-HTTP spec gives them (400), and
 * variables within {@link HttpLimits#maxVariablesSize()} (413). The body is read once,
 * scanned as a token stream without building it, and handed on as read.
 */
class GraphQlRequestGate extends OncePerRequestFilter {

	static final String ALLOW = "GET, POST, OPTIONS";

	private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST", "OPTIONS");

	private final HttpLimits limits;

	private final JsonMapper json;

	private final @Nullable CorsConfiguration cors;

	GraphQlRequestGate(HttpLimits limits, JsonMapper json, @Nullable CorsConfiguration cors) {
		this.limits = limits;
		this.json = json;
		this.cors = cors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!ALLOWED.contains(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
			refuse(request, response, HttpStatus.METHOD_NOT_ALLOWED,
					request.getMethod() + " is not supported: send queries with GET or POST, mutations with POST");
			return;
		}
		if (!"POST".equals(request.getMethod())) {
			// No body, so no content type: one that does not parse, or claims a multipart
			// body, would only fail deeper in
			chain.doFilter((request.getContentType() != null) ? new WithoutBody(request) : request, response);
			return;
		}
		if (!acceptedContentType(request.getContentType())) {
			response.setHeader("Accept-Post", "application/json");
			refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the request as application/json, not " + request.getContentType());
			return;
		}
		long maxBody = this.limits.maxBodySize().toBytes();
		if (request.getContentLengthLong() > maxBody) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge("The request body", maxBody));
			return;
		}
		byte[] body = read(request.getInputStream(), maxBody);
		if (body == null) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge("The request body", maxBody));
			return;
		}
		Problem problem;
		try {
			problem = problem(body);
		}
		catch (JacksonException ex) {
			problem = new Problem(HttpStatus.BAD_REQUEST, "The body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (problem != null) {
			refuse(request, response, problem.status(), problem.message());
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/** What is wrong with the body, or null when it is a GraphQL request. */
	private @Nullable Problem problem(byte[] body) {
		try (JsonParser parser = this.json.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return new Problem(HttpStatus.BAD_REQUEST, "The body must be a JSON object with a 'query' string");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (name) {
					case "query", "operationName" -> {
						if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
							return new Problem(HttpStatus.BAD_REQUEST, "'" + name + "' must be a string");
						}
					}
					case "variables", "extensions" -> {
						if (value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
							return new Problem(HttpStatus.BAD_REQUEST, "'" + name + "' must be a JSON object");
						}
						long start = parser.currentTokenLocation().getByteOffset();
						parser.skipChildren();
						long size = parser.currentLocation().getByteOffset() - start;
						long max = this.limits.maxVariablesSize().toBytes();
						if (size > max) {
							return new Problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge("'" + name + "'", max));
						}
					}
					default -> parser.skipChildren();
				}
			}
			if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
				return new Problem(HttpStatus.BAD_REQUEST, "The body must be one JSON object");
			}
			return null;
		}
	}

	private static boolean acceptedContentType(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** The body, or null when it is longer than {@code max} bytes. */
	private static byte @Nullable [] read(InputStream in, long max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
		byte[] buffer = new byte[8192];
		long total = 0;
		for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
			total += n;
			if (total > max) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static String tooLarge(String what, long max) {
		return what + " may be at most " + (max / 1024) + " KiB";
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
			throws IOException {
		ErrorBody.write(request, response, this.cors, status.value(), "BAD_REQUEST", message);
	}

	private record Problem(HttpStatus status, String message) {
	}

	/** A request without a body, and so without a content type. */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public @Nullable String getHeader(String name) {
			return isContentType(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isContentType(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter((name) -> !isContentType(name)).toList());
		}

		private static boolean isContentType(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name);
		}

	}

	/** The request with the body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has been read");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
