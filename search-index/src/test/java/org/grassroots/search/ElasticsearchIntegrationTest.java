package org.grassroots.search;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the search module's integration tests: the module against the shared
 * Elasticsearch.
 */
@SpringBootTest(classes = SearchTestApplication.class)
public abstract class ElasticsearchIntegrationTest {

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry registry) {
		SharedElasticsearch.register(registry);
	}

}
