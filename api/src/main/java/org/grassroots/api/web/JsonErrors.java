package org.grassroots.api.web;

import java.io.IOException;
import java.io.Writer;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors outside GraphQL execution (no handler, a failure in a filter, a request the
 * server cannot read) answer in JSON shaped like a GraphQL response, with the status's
 * classification and no stack trace, server version or HTML, both where Spring forwards
 * to {@code /error} and where Tomcat reports an error itself.
 */
@Controller
class JsonErrors implements ErrorController {

	@RequestMapping("/error")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// Asked for directly, /error is just a path with nothing behind it
		int status = (code instanceof Integer value) ? value : HttpStatus.NOT_FOUND.value();
		ErrorBody.write(request, response, status, classification(status), message(status));
	}

	static String classification(int status) {
		return switch (status) {
			case 401 -> "UNAUTHORIZED";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			case 503 -> "UNAVAILABLE";
			default -> (status >= 400 && status < 500) ? "BAD_REQUEST" : "INTERNAL_ERROR";
		};
	}

	static String message(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String reason = (known != null) ? known.getReasonPhrase() : "Error";
		return (status == 404) ? "Nothing here: the API is at /graphql" : reason;
	}

	/** Tomcat's own error report, for what fails before Spring sees the request. */
	public static final class Valve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable failure) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				response.resetBuffer();
				response.setContentType("application/json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(ErrorBody.json(classification(status), message(status)));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client is gone or the response committed: nothing more to say
			}
		}

	}

}
