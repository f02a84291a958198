package org.grassroots;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the application sends for requests, by wrapping the real
 * {@link Neo4jClient} (every call still reaches Neo4j). The background workers' own
 * statements (the outbox relay, the delivery worker, the scheduler), on their own threads
 * and schedules, are not a request's and are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

	/** The threads the background workers run on. */
	private static final java.util.Set<String> BACKGROUND = java.util.Set.of("outbox-relay", "delivery-worker",
			"article-scheduler", "search-analytics", "search-rebuild", "search-rebuild-reader");

	private final AtomicInteger statements = new AtomicInteger();

	int statements() {
		return this.statements.get();
	}

	void reset() {
		this.statements.set(0);
	}

	@Bean
	static BeanPostProcessor countingNeo4jClient(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof Neo4jClient client)) {
					return bean;
				}
				return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] { Neo4jClient.class },
						(proxy, method, arguments) -> {
							if (method.getName().equals("query")
									&& !BACKGROUND.contains(Thread.currentThread().getName())) {
								counter.statements.incrementAndGet();
							}
							try {
								return method.invoke(client, arguments);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}
		};
	}

}
