package org.grassroots.application.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings ({@code grassroots.delivery.*}).
 *
 * @param pollInterval how often the queue is looked at when nothing woke the worker
 * @param searchRetry backoff for the search index: short, so that search catches up soon
 * after Elasticsearch is back; a delivery is dead after failing for a day
 * @param webhookRetry backoff for webhook endpoints; dead after twelve attempts
 * @param webhookTimeout how long an endpoint has to answer
 * @param allowPrivateAddresses whether endpoints may resolve to loopback or private
 * addresses (for tests and closed networks; never on a public server)
 */
@ConfigurationProperties("grassroots.delivery")
public record DeliveryProperties(@DefaultValue("250ms") Duration pollInterval, @DefaultValue SearchRetry searchRetry,
		@DefaultValue WebhookRetry webhookRetry, @DefaultValue("5s") Duration webhookTimeout,
		@DefaultValue("false") boolean allowPrivateAddresses) {

	public static final DeliveryProperties DEFAULTS = new DeliveryProperties(Duration.ofMillis(250),
			new SearchRetry(Duration.ofMillis(250), Duration.ofSeconds(2), 0, Duration.ofHours(24)),
			new WebhookRetry(Duration.ofSeconds(1), Duration.ofMinutes(10), 12, Duration.ZERO), Duration.ofSeconds(5),
			false);

	/**
	 * How retries are spaced and when they stop: the wait doubles from {@code first} up
	 * to {@code longest}; a delivery is dead after {@code attempts} tries (0: no limit)
	 * or when it has failed for {@code giveUpAfter} (zero: no limit).
	 */
	public interface Backoff {

		Duration first();

		Duration longest();

		int attempts();

		Duration giveUpAfter();

		/** The wait after the n-th failed attempt (1 for the first). */
		default Duration after(int failures) {
			Duration wait = first().multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
			return (wait.compareTo(longest()) > 0) ? longest() : wait;
		}

		/** Whether a delivery with this many failures, failing for so long, is dead. */
		default boolean exhausted(int failures, Duration failingFor) {
			return (attempts() > 0 && failures >= attempts())
					|| (!giveUpAfter().isZero() && failingFor.compareTo(giveUpAfter()) >= 0);
		}

	}

	/** Retries of search index writes. */
	public record SearchRetry(@DefaultValue("250ms") Duration first, @DefaultValue("2s") Duration longest,
			@DefaultValue("0") int attempts, @DefaultValue("24h") Duration giveUpAfter) implements Backoff {
	}

	/** Retries of webhook posts. */
	public record WebhookRetry(@DefaultValue("1s") Duration first, @DefaultValue("10m") Duration longest,
			@DefaultValue("12") int attempts, @DefaultValue("0s") Duration giveUpAfter) implements Backoff {
	}

}
