package org.grassroots.search.local;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs a local Elasticsearch unless {@code spring.elasticsearch.uris} points at an
 * external cluster. Boot builds its clients from the connection details, which exist only
 * once the cluster is healthy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.elasticsearch.uris:}'.isEmpty()")
@EnableConfigurationProperties(LocalElasticsearchProperties.class)
class LocalElasticsearchConfiguration {

	@Bean(destroyMethod = "close")
	LocalElasticsearch localElasticsearch(LocalElasticsearchProperties properties) {
		return LocalElasticsearch.start(properties.settings());
	}

	@Bean
	ElasticsearchConnectionDetails localElasticsearchConnectionDetails(LocalElasticsearch server) {
		var uri = server.httpUri();
		return () -> List.of(new ElasticsearchConnectionDetails.Node(uri.getHost(), uri.getPort(),
				ElasticsearchConnectionDetails.Node.Protocol.HTTP, null, null));
	}

}
