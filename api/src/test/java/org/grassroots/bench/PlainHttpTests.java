package org.grassroots.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainHttpTests {

	private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopServers() throws Exception {
		for (AutoCloseable server : this.servers) {
			server.close();
		}
	}

	@Test
	void requestsInTurnShareOneConnectionAndReadBothKindsOfBody() throws IOException {
		List<Integer> clientPorts = new CopyOnWriteArrayList<>();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", (exchange) -> {
			clientPorts.add(exchange.getRemoteAddress().getPort());
			byte[] request = exchange.getRequestBody().readAllBytes();
			byte[] answer = ("{\"got\":\"" + new String(request, StandardCharsets.UTF_8) + "\",\"路灯\":true}")
				.getBytes(StandardCharsets.UTF_8);
			boolean chunked = exchange.getRequestURI().getPath().equals("/chunked");
			exchange.sendResponseHeaders(200, chunked ? 0 : answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer, 0, 5);
				out.flush();
				out.write(answer, 5, answer.length - 5);
			}
		});
		server.start();
		this.servers.add(() -> server.stop(0));
		PlainHttp http = new PlainHttp(server.getAddress().getPort());

		PlainHttp.Response fixed = http.post("/fixed", Map.of("Content-Type", "application/json"), "南村");
		PlainHttp.Response chunked = http.post("/chunked", Map.of(), "x");
		PlainHttp.Response got = http.get("/fixed");

		assertThat(fixed).isEqualTo(new PlainHttp.Response(200, "{\"got\":\"南村\",\"路灯\":true}"));
		assertThat(chunked).isEqualTo(new PlainHttp.Response(200, "{\"got\":\"x\",\"路灯\":true}"));
		assertThat(got.body()).isEqualTo("{\"got\":\"\",\"路灯\":true}");
		assertThat(clientPorts).hasSize(3).containsOnly(clientPorts.get(0));
	}

	@Test
	void aKeptConnectionTheServerClosedIsReplacedAndTheRequestSentAgain() throws IOException {
		AtomicInteger connections = new AtomicInteger();
		ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.servers.add(listener);
		Thread.ofPlatform().daemon().start(() -> {
			while (!listener.isClosed()) {
				// one answer per connection, then closed without saying so
				try (Socket socket = listener.accept()) {
					int number = connections.incrementAndGet();
					BufferedReader in = new BufferedReader(
							new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
					while (!in.readLine().isEmpty()) {
						// the request's head; a GET has no body
					}
					String body = "answer " + number;
					socket.getOutputStream()
						.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
							.getBytes(StandardCharsets.ISO_8859_1));
				}
				catch (IOException ex) {
					// the listener closed
				}
			}
		});
		PlainHttp http = new PlainHttp(listener.getLocalPort());

		PlainHttp.Response first = http.get("/");
		PlainHttp.Response second = http.get("/");

		assertThat(first.body()).isEqualTo("answer 1");
		assertThat(second.body()).isEqualTo("answer 2");
		assertThat(connections).hasValue(2);
	}

}
