package org.grassroots.application.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings ({@code grassroots.delivery.*}).
 *
 * @param pollInterval how often the queue is looked at when nothing woke the worker
 * @param searchRetry backoff for the search index: short, so that search catches up soon
 * after Elasticsearch is back
 * @param webhookRetry backoff for webhook endpoints
 * @param webhookTimeout how long an endpoint has to answer
 * @param allowPrivateAddresses whether endpoints may resolve to loopback or private
 * addresses (for tests and closed networks; never on a public server)
 */
@ConfigurationProperties("grassroots.delivery")
public record DeliveryProperties(@DefaultValue("250ms") Duration pollInterval, @DefaultValue( {
		"250ms", "2s", "0", "24h" }) Backoff searchRetry,
		@DefaultValue({ "1s", "10m", "12", "0s" }) Backoff webhookRetry, @DefaultValue("5s") Duration webhookTimeout,
		@DefaultValue("false") boolean allowPrivateAddresses){

	public static final DeliveryProperties DEFAULTS = new DeliveryProperties(Duration.ofMillis(250),
			new Backoff(Duration.ofMillis(250), Duration.ofSeconds(2), 0, Duration.ofHours(24)),
			new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10), 12, Duration.ZERO), Duration.ofSeconds(5),
			false);

	/**
	 * How retries are spaced and when they stop: the wait doubles from {@code first} up
	 * to {@code longest}; a delivery is dead after {@code attempts} tries (0: no limit)
	 * or when it has failed for {@code giveUpAfter} (zero: no limit).
	 */
	public record Backoff(Duration first, Duration longest, int attempts, Duration giveUpAfter) {

		/** The wait after the n-th failed attempt (1 for the first). */
		Duration after(int failures) {
			Duration wait = this.first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
			return (wait.compareTo(this.longest) > 0) ? this.longest : wait;
		}

		/** Whether a delivery with this many failures, failing since then, is dead. */
		boolean exhausted(int failures, Duration failingFor) {
			return (this.attempts > 0 && failures >= this.attempts)
					|| (!this.giveUpAfter.isZero() && failingFor.compareTo(this.giveUpAfter) >= 0);
		}

	}

}
