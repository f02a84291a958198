package org.grassroots.application.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.grassroots.graph.delivery.WebhookEndpoint;
import org.grassroots.publisher.article.InternalAddresses;
import org.jspecify.annotations.Nullable;

/**
 * Posts an event to an endpoint the Standard Webhooks way: headers {@code webhook-id},
 * {@code webhook-timestamp} and {@code webhook-signature} ({@code v1,} and the base64
 * HMAC-SHA256 of {@code id.timestamp.body} under the endpoint's secret). The address is
 * checked when the request is made, not only when the endpoint was registered, so that a
 * name that later resolves inside the network is refused too.
 */
final class WebhookSender {

	private final HttpClient http;

	private final Duration timeout;

	private final boolean allowPrivate;

	WebhookSender(Duration timeout, boolean allowPrivate) {
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
		this.timeout = timeout;
		this.allowPrivate = allowPrivate;
	}

	/**
	 * The outcome of one attempt.
	 *
	 * @param status the HTTP status, if the endpoint answered
	 * @param error what went wrong, null when the endpoint took it (2xx)
	 */
	record Outcome(int status, @Nullable String error) {

		boolean succeeded() {
			return this.error == null;
		}

	}

	Outcome send(WebhookEndpoint endpoint, String messageId, Instant at, String body) {
		URI uri = URI.create(endpoint.url());
		String refusal = refusal(uri, this.allowPrivate);
		if (refusal != null) {
			return new Outcome(0, refusal);
		}
		String timestamp = Long.toString(at.getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("webhook-id", messageId)
			.header("webhook-timestamp", timestamp)
			.header("webhook-signature", "v1," + signature(endpoint.secret(), messageId, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			int status = response.statusCode();
			return new Outcome(status, (status >= 200 && status < 300) ? null : "HTTP " + status);
		}
		catch (IOException ex) {
			return new Outcome(0, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(0, "interrupted");
		}
	}

	/**
	 * Why the endpoint may not be called, or null: a scheme other than http(s), or a host
	 * that is or resolves to an address inside the network.
	 */
	static @Nullable String refusal(URI uri, boolean allowPrivate) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return "Only http and https endpoints are called";
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			return "The endpoint's URL has no host";
		}
		if (allowPrivate) {
			return null;
		}
		if (InternalAddresses.isInternalName(host)) {
			return "The endpoint's host is a local name";
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				if (InternalAddresses.isInternal(address)) {
					return "The endpoint resolves to a private or loopback address";
				}
			}
		}
		catch (UnknownHostException ex) {
			return "The endpoint's host does not resolve";
		}
		return null;
	}

	/**
	 * The Standard Webhooks signature: HMAC-SHA256 of {@code id.timestamp.body}, base64.
	 */
	static String signature(String secret, String messageId, String timestamp, String body) {
		byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getEncoder()
				.encodeToString(
						mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
