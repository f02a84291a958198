package org.grassroots.application.delivery;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSenderTests {

	@Test
	void theSignatureIsTheStandardWebhooksOne() {
		// The example of the Standard Webhooks specification
		assertThat(WebhookSender.signature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				"1614265330", "{\"test\": 2432232314}"))
			.isEqualTo("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:9000/hook", "http://localhost/hook", "http://10.1.2.3/hook",
			"http://192.168.0.8/hook", "http://172.16.5.4/hook", "http://169.254.169.254/latest/meta-data",
			"http://[::1]/hook", "http://[fd00::1]/hook", "http://0.0.0.0/hook", "http://printer.local/hook",
			"ftp://93.184.216.34/hook", "file:///etc/passwd" })
	void endpointsInsideTheNetworkAreRefused(String url) {
		assertThat(WebhookSender.refusal(URI.create(url), false)).isNotNull();
	}

	@Test
	void aPublicAddressIsCalledAndConfigurationMayAllowPrivateOnes() {
		assertThat(WebhookSender.refusal(URI.create("https://93.184.216.34/hook"), false)).isNull();
		assertThat(WebhookSender.refusal(URI.create("http://127.0.0.1:9000/hook"), true)).isNull();
	}

	@Test
	void retriesWaitTwiceAsLongEachTimeUpToTheLongestWait() {
		DeliveryProperties.Backoff backoff = new DeliveryProperties.WebhookRetry(Duration.ofSeconds(1),
				Duration.ofSeconds(5), 4, Duration.ZERO);

		assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(5));
		assertThat(backoff.exhausted(3, Duration.ofHours(1))).isFalse();
		assertThat(backoff.exhausted(4, Duration.ZERO)).isTrue();
		assertThat(new DeliveryProperties.SearchRetry(Duration.ofMillis(250), Duration.ofSeconds(2), 0,
				Duration.ofHours(24))
			.exhausted(10_000, Duration.ofHours(1))).isFalse();
	}

}
