package org.grassroots.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.grassroots.graph.bench.BaselinePages;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark pages' hand-written Cypher behind the smallest HTTP endpoint the JDK has:
 * one query per page through the driver, its record written as JSON, nothing else (no
 * security, no limits, no engine). The peer that says what HTTP and one statement cost.
 * {@code GET /station?id=…}, {@code /deputy?id=…}, {@code /village?id=…},
 * {@code /case-list?district=…&from=…&to=…&afterRaisedOn=…&afterId=…},
 * {@code /dashboard?district=…}.
 */
final class RawEndpoint implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	private final BaselinePages pages;

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	static {
		// The JDK's server otherwise leaves Nagle's algorithm on: a response written as
		// headers, then body waits for the client's delayed acknowledgement (some 40 ms)
		// on a part of the requests, which is the server's cost, not the statement's
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	RawEndpoint(BaselinePages pages) throws IOException {
		this.pages = pages;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
		this.server.setExecutor(this.threads);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
			Object page = switch (exchange.getRequestURI().getPath()) {
				case "/station" -> this.pages.stationPage(query.get("id"));
				case "/deputy" -> this.pages.deputyPage(query.get("id"));
				case "/village" -> this.pages.villagePage(query.get("id"));
				case "/case-list" -> this.pages.caseListPage(query.get("district"), LocalDate.parse(query.get("from")),
						LocalDate.parse(query.get("to")), LocalDate.parse(query.get("afterRaisedOn")),
						query.get("afterId"));
				case "/dashboard" -> this.pages.dashboard(query.get("district"));
				default -> null;
			};
			byte[] body = (page != null) ? this.json.writeValueAsBytes(page) : new byte[0];
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders((page != null) ? 200 : 404, (body.length > 0) ? body.length : -1);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new HashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.close();
	}

}
