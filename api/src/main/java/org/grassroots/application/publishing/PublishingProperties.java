package org.grassroots.application.publishing;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Publishing settings ({@code grassroots.publishing.*}).
 *
 * @param fourEyes whether whoever last edited a revision is refused approving it
 * @param previewLifetime how long a preview link works (it dies earlier when a newer
 * revision is saved or the article is archived)
 * @param previewSecret HMAC key for preview links, at least 32 bytes; when absent a
 * random key is made at start-up and links do not survive a restart (instances sharing a
 * database need the same key)
 * @param schedulerInterval how often scheduled publications and take-downs are looked for
 * @param demoStories whether the first start with the demo data publishes a story from
 * each demo case, so that the showcase site and search have something to show
 */
@ConfigurationProperties("grassroots.publishing")
public record PublishingProperties(@DefaultValue("true") boolean fourEyes,
		@DefaultValue("24h") Duration previewLifetime, @Nullable String previewSecret,
		@DefaultValue("1s") Duration schedulerInterval, @DefaultValue("true") boolean demoStories) {

	/** The defaults, for contexts that do not bind configuration. */
	public static final PublishingProperties DEFAULTS = new PublishingProperties(true, Duration.ofHours(24), null,
			Duration.ofSeconds(1), true);

}
