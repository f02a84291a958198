package org.grassroots.graph.delivery;

import java.util.List;
import java.util.Optional;

/**
 * The registered webhook endpoints.
 */
public interface WebhookEndpoints {

	void save(WebhookEndpoint endpoint);

	Optional<WebhookEndpoint> find(String id);

	/** Every endpoint, in key order. */
	List<WebhookEndpoint> all();

}
