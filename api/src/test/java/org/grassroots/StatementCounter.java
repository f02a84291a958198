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
 * {@link Neo4jClient} (every call still reaches Neo4j). The outbox relay's own
 * statements, on its own thread and on its own schedule, are not a request's and are not
 * counted.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

	/** The thread the outbox relay delivers on. */
	private static final String RELAY = "outbox-relay";

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
							if (method.getName().equals("query") && !RELAY.equals(Thread.currentThread().getName())) {
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
