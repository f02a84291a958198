package org.grassroots;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.grassroots.graph.SharedNeo4j;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the application sends for requests, by wrapping the real
 * {@link Neo4jClient} and, where the shared database runs in this JVM, the database
 * itself (every call still reaches Neo4j). The background workers' own statements (the
 * outbox relay, the delivery worker, the scheduler), on their own threads and schedules,
 * are not a request's and are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

	/** The threads the background workers run on. */
	private static final java.util.Set<String> BACKGROUND = java.util.Set.of("outbox-relay", "delivery-worker",
			"article-scheduler", "search-analytics", "search-rebuild", "search-rebuild-reader");

	private final AtomicInteger statements = new AtomicInteger();

	private final AtomicInteger inProcess = new AtomicInteger();

	int statements() {
		return this.statements.get();
	}

	/** Of {@link #statements()}, those run in the database's own transactions. */
	int inProcess() {
		return this.inProcess.get();
	}

	void reset() {
		this.statements.set(0);
		this.inProcess.set(0);
	}

	@Bean
	static BeanPostProcessor countingNeo4jClient(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof GraphDatabaseService database) {
					return counting(database, counter);
				}
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

	/**
	 * The database when it runs in this JVM: composed reads run one statement in each
	 * transaction they begin on it.
	 */
	private static GraphDatabaseService counting(GraphDatabaseService database, StatementCounter counter) {
		return (GraphDatabaseService) Proxy.newProxyInstance(GraphDatabaseService.class.getClassLoader(),
				new Class<?>[] { GraphDatabaseService.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("beginTx") && !BACKGROUND.contains(Thread.currentThread().getName())) {
						counter.statements.incrementAndGet();
						counter.inProcess.incrementAndGet();
					}
					try {
						return method.invoke(database, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	/**
	 * Gives the application the shared database itself when it runs in this JVM, as the
	 * application's embedded database does by default: composed reads then run
	 * in-process, as they do there.
	 */
	@Bean
	@Conditional(InProcess.class)
	static GraphDatabaseService inProcessNeo4j() {
		return SharedNeo4j.inProcess().orElseThrow();
	}

	/** Whether the shared database runs in this JVM (no Docker engine here). */
	static final class InProcess implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SharedNeo4j.inProcess().isPresent();
		}

	}

}
