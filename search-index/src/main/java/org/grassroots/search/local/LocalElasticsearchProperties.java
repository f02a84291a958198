package org.grassroots.search.local;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the local Elasticsearch ({@code grassroots.elasticsearch.*}).
 */
@ConfigurationProperties("grassroots.elasticsearch")
record LocalElasticsearchProperties(@DefaultValue("api/target/elasticsearch") Path distributionDir,
		@DefaultValue("data/elasticsearch") Path home, @DefaultValue("384m") String heap, @DefaultValue("0") int port,
		@DefaultValue("120s") Duration startupTimeout) {

	LocalElasticsearchSettings settings() {
		return new LocalElasticsearchSettings(this.distributionDir, this.home, this.heap, this.port,
				this.startupTimeout);
	}

}
