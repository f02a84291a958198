package org.grassroots.graph.read;

import java.lang.reflect.Array;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.values.storable.DurationValue;

/**
 * Runs a read statement in a transaction of the database this JVM runs, without the
 * driver: no Bolt messages written and read back, no network threads, no second
 * transaction protocol around one statement. On two cores the Bolt round trip costs about
 * as much processor time as the statement itself. The answer is given in the driver's
 * Java types, so that both ways read the same: whole numbers as {@code Long}, decimals as
 * {@code Double} and a stored array as a {@code List}.
 */
final class InProcessStatements {

	private InProcessStatements() {
	}

	/**
	 * The first row's column, or null when the statement returns no row. The transaction
	 * is rolled back: it read only, and the database's transaction limits (time, memory)
	 * apply to it as to any other.
	 */
	static @Nullable Object first(GraphDatabaseService database, String cypher,
			Map<String, @Nullable Object> parameters, String column) {
		return onPlatformThread(() -> {
			try (Transaction transaction = database.beginTx();
					Result result = transaction.execute(cypher, parameters)) {
				return result.hasNext() ? driverTyped(result.next().get(column)) : null;
			}
		});
	}

	/**
	 * Every row as the driver's record of the same values. The transaction is rolled
	 * back, as for {@link #first}.
	 */
	static List<Record> records(GraphDatabaseService database, String cypher,
			Map<String, ? extends @Nullable Object> parameters) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		return onPlatformThread(() -> {
			try (Transaction transaction = database.beginTx(); Result result = transaction.execute(cypher, values)) {
				return rows(result);
			}
		});
	}

	private static List<Record> rows(Result result) {
		List<String> columns = List.copyOf(result.columns());
		List<Record> records = new ArrayList<>();
		while (result.hasNext()) {
			Map<String, Object> row = result.next();
			List<Value> record = new ArrayList<>(columns.size());
			for (String column : columns) {
				record.add(Values.value(driverTyped(row.get(column))));
			}
			records.add(new InternalRecord(columns, record));
		}
		return records;
	}

	/**
	 * Runs the work on one of the {@link #READERS}' platform threads when the caller is a
	 * virtual thread (a request), else on the caller's own thread (a background worker, a
	 * test). Neo4j's kernel is built for platform threads, as its own Bolt workers are:
	 * run on requests' virtual threads, which share the two carrier threads, the station
	 * page on the {@code province} preset served fewer pages a second at concurrency 8
	 * than at 1 (345 against 442); handed to these threads it serves 1,024 against 533.
	 */
	private static <T> T onPlatformThread(Callable<T> work) {
		if (!Thread.currentThread().isVirtual()) {
			return call(work);
		}
		Future<T> running = READERS.submit(() -> call(work));
		try {
			return running.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			running.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the graph", ex);
		}
	}

	private static <T> T call(Callable<T> work) {
		try {
			return work.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Platform threads for reads asked from virtual threads: kept a minute when idle, as
	 * many as are asked for at once up to Tomcat's 200; past that the caller reads on its
	 * own thread.
	 */
	private static final ExecutorService READERS = new ThreadPoolExecutor(0, 200, 60, TimeUnit.SECONDS,
			new SynchronousQueue<>(), Thread.ofPlatform().name("neo4j-read-", 0).daemon().factory(),
			new ThreadPoolExecutor.CallerRunsPolicy());

	/** The value as the driver's {@code Value.asObject()} gives it. */
	static @Nullable Object driverTyped(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case Integer number -> number.longValue();
			case Short number -> number.longValue();
			case Byte number -> number.longValue();
			case Float number -> number.doubleValue();
			case Character character -> character.toString();
			case DurationValue duration ->
				Values
					.isoDuration(duration.get(ChronoUnit.MONTHS), duration.get(ChronoUnit.DAYS),
							duration.get(ChronoUnit.SECONDS), (int) duration.get(ChronoUnit.NANOS))
					.asIsoDuration();
			case Map<?, ?> map -> {
				Map<String, @Nullable Object> typed = new LinkedHashMap<>(map.size() * 2);
				map.forEach((key, entry) -> typed.put((String) key, driverTyped(entry)));
				yield typed;
			}
			case List<?> list -> {
				List<@Nullable Object> typed = new ArrayList<>(list.size());
				for (Object item : list) {
					typed.add(driverTyped(item));
				}
				yield typed;
			}
			case Object array when array.getClass().isArray() && !(array instanceof byte[]) -> {
				int length = Array.getLength(array);
				List<@Nullable Object> typed = new ArrayList<>(length);
				for (int i = 0; i < length; i++) {
					typed.add(driverTyped(Array.get(array, i)));
				}
				yield typed;
			}
			default -> value;
		};
	}

}
