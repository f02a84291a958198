package org.grassroots.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.jspecify.annotations.Nullable;

/**
 * The benchmark's HTTP/1.1 client, the same for this API, the library and the raw
 * endpoint: each request written whole in one write with Nagle's algorithm off, the
 * answer read on the calling thread, and connections kept for any number of requests (one
 * per concurrent caller).
 * <p>
 * The JDK's {@code HttpClient} hands every exchange between the caller, its selector
 * thread and an executor; on two cores, where the client shares the processors with the
 * servers it measures, that cost a station page 1–2 ms at p50 and a suggestion 4 ms
 * against the same server measured by {@code wrk}, a fixed cost on every side that hid
 * how far apart the sides are. This client reads the answer where {@code wrk} does.
 */
final class PlainHttp {

	private final String host = "127.0.0.1";

	private final int port;

	private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

	PlainHttp(int port) {
		this.port = port;
	}

	int port() {
		return this.port;
	}

	/** What came back: the status and the body as text. */
	record Response(int status, String body) {
	}

	Response get(String path) throws IOException {
		return exchange("GET", path, Map.of(), null);
	}

	Response post(String path, Map<String, String> headers, String body) throws IOException {
		return exchange("POST", path, headers, body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends on an idle connection, or a new one; a kept connection the server has closed
	 * meanwhile (it answers nothing at all) is replaced once.
	 */
	private Response exchange(String method, String path, Map<String, String> headers, byte @Nullable [] body)
			throws IOException {
		byte[] request = request(method, path, headers, body);
		Connection kept = this.idle.pollFirst();
		if (kept != null) {
			try {
				return answered(kept, request);
			}
			catch (Unanswered ex) {
				kept.close();
			}
		}
		Connection fresh = new Connection(new Socket(this.host, this.port));
		try {
			return answered(fresh, request);
		}
		catch (Unanswered ex) {
			fresh.close();
			throw new EOFException(method + " " + path + ": the server closed the connection without answering");
		}
	}

	private Response answered(Connection connection, byte[] request) throws IOException {
		try {
			Response response = connection.exchange(request);
			if (connection.reusable) {
				this.idle.offerFirst(connection);
			}
			else {
				connection.close();
			}
			return response;
		}
		catch (Unanswered ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	private byte[] request(String method, String path, Map<String, String> headers, byte @Nullable [] body) {
		StringBuilder head = new StringBuilder(256).append(method)
			.append(' ')
			.append(path)
			.append(" HTTP/1.1\r\nHost: ")
			.append(this.host)
			.append(':')
			.append(this.port)
			.append("\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
		if (body == null) {
			return start;
		}
		byte[] whole = new byte[start.length + body.length];
		System.arraycopy(start, 0, whole, 0, start.length);
		System.arraycopy(body, 0, whole, start.length, body.length);
		return whole;
	}

	/**
	 * Nothing of an answer arrived: the request may be sent again on a new connection.
	 */
	private static final class Unanswered extends IOException {

		Unanswered(Throwable cause) {
			super(cause);
		}

	}

	private static final class Connection {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		private boolean reusable = true;

		Connection(Socket socket) throws IOException {
			this.socket = socket;
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(120_000);
			this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
			this.out = socket.getOutputStream();
		}

		Response exchange(byte[] request) throws IOException {
			String status;
			try {
				this.out.write(request);
				this.out.flush();
				status = line();
			}
			catch (IOException ex) {
				throw new Unanswered(ex);
			}
			int length = -1;
			boolean chunked = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Integer.parseInt(lower.substring("content-length:".length()).strip());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					this.reusable = false;
				}
			}
			String[] parts = status.split(" ", 3);
			if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
				throw new IOException("Not an HTTP answer: " + status);
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream((length > 0) ? length : 8192);
			if (chunked) {
				for (int size = chunk(); size > 0; size = chunk()) {
					body.write(exactly(size));
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length >= 0) {
				body.write(exactly(length));
			}
			else {
				body.write(this.in.readAllBytes());
				this.reusable = false;
			}
			return new Response(Integer.parseInt(parts[1]), body.toString(StandardCharsets.UTF_8));
		}

		private byte[] exactly(int length) throws IOException {
			byte[] read = this.in.readNBytes(length);
			if (read.length < length) {
				throw new EOFException("The connection closed within an answer");
			}
			return read;
		}

		private int chunk() throws IOException {
			String size = line();
			int extension = size.indexOf(';');
			return Integer.parseInt(((extension >= 0) ? size.substring(0, extension) : size).strip(), 16);
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
				if (c < 0) {
					throw new EOFException("The connection closed");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}

	}

}
