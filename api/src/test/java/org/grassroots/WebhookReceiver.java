package org.grassroots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook endpoint for tests on 127.0.0.1: it keeps every request it accepted and
 * answers 500 to the ones the rule refuses.
 */
final class WebhookReceiver implements AutoCloseable {

	/** One accepted request. */
	record Received(String id, String timestamp, String signature, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final List<String> refused = new CopyOnWriteArrayList<>();

	private volatile Predicate<String> accepts = (id) -> true;

	WebhookReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/hook", (exchange) -> {
			String id = exchange.getRequestHeaders().getFirst("webhook-id");
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			boolean accepted = this.accepts.test(id);
			if (accepted) {
				this.received.add(new Received(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
						exchange.getRequestHeaders().getFirst("webhook-signature"), body));
			}
			else {
				this.refused.add(id);
			}
			exchange.sendResponseHeaders(accepted ? 204 : 500, -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	/** Which message ids it accepts from now on; the rest get 500. */
	void accept(Predicate<String> rule) {
		this.accepts = rule;
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	List<String> refused() {
		return List.copyOf(this.refused);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
