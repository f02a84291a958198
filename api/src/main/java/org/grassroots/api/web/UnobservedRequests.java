package org.grassroots.api.web;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests, GraphQL executions, statements and security filters are not observed unless
 * {@code grassroots.observations.enabled} is set. Their metrics had no reader (only
 * health and info are exposed), yet observing them cost every request: a timer and tags
 * per HTTP request and GraphQL execution, a decorator around each of the security
 * filters, one observation per driver call, and the context each carries between threads.
 * With no registry to report to, Spring Security leaves its filters undecorated and the
 * rest finds nothing to do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "grassroots.observations.enabled", havingValue = false, matchIfMissing = true)
class UnobservedRequests {

	@Bean
	ObservationRegistry observationRegistry() {
		return ObservationRegistry.NOOP;
	}

}
