package org.grassroots.graph.failure;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Tells a graph that could not answer from a request that was wrong. Spring Data Neo4j
 * translates Neo4j's errors by their class, and reports a transaction stopped at its time
 * limit ({@code Neo.ClientError.Transaction.TransactionTimedOut*}) as a misuse of the
 * resource; for a caller it is the same as a server that did not answer.
 */
public final class GraphFailures {

	private GraphFailures() {
	}

	/**
	 * Whether the failure says the graph did not answer in time or was overloaded: a
	 * transaction stopped at its time or memory limit, a transient error, an unreachable
	 * server, or no connection free in time.
	 */
	public static boolean isUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransientException || cause instanceof ServiceUnavailableException
					|| cause instanceof SessionExpiredException) {
				return true;
			}
			if (cause instanceof Neo4jException neo4j && unavailable(neo4j.code())) {
				return true;
			}
			if (cause instanceof Status.HasStatus inProcess && unavailable(inProcess.status().code().serialize())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * Whether Neo4j's status code says so, the same through the driver as in-process
	 * (where the database runs in this JVM and its own exceptions carry the code).
	 */
	private static boolean unavailable(String code) {
		return code.contains("TransactionTimedOut") || code.startsWith("Neo.TransientError.");
	}

}
