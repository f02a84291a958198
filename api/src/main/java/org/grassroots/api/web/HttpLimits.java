package org.grassroots.api.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the GraphQL endpoint accepts at its HTTP edge ({@code grassroots.http.*}), checked
 * before a request reaches the engine.
 *
 * @param maxBodySize largest POST body; the largest document the parser accepts (20,000
 * characters, 60 KB in Chinese) with its variables fits in it with room to spare
 * @param maxVariablesSize largest {@code variables} object, as JSON; no operation needs
 * more than a few hundred bytes of them
 * @param maxConcurrentRequests GraphQL requests executed at the same time; 0 means four
 * per processor. Each one keeps the processors busy in the engine and in Neo4j (which
 * runs in this process), so more at once only makes each slower
 * @param admissionWait how long a request over that number waits for its turn before it
 * is refused with 503 and {@code Retry-After}
 */
@ConfigurationProperties("grassroots.http")
public record HttpLimits(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("64KB") DataSize maxVariablesSize,
		@DefaultValue("0") int maxConcurrentRequests, @DefaultValue("500ms") Duration admissionWait) {

	/** The number of GraphQL requests admitted at once. */
	public int concurrentRequests() {
		return (this.maxConcurrentRequests > 0) ? this.maxConcurrentRequests
				: 4 * Runtime.getRuntime().availableProcessors();
	}

}
