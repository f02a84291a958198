package org.grassroots.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Freezes the shared Elasticsearch the way a long garbage collection or a hung host does:
 * its processes stop (SIGSTOP, or {@code docker pause}) with their sockets open, so
 * connections are accepted and never answered. Closing it lets them run again.
 */
public final class FrozenElasticsearch implements AutoCloseable {

	private final Runnable thaw;

	private FrozenElasticsearch(Runnable thaw) {
		this.thaw = thaw;
	}

	public static FrozenElasticsearch freeze() {
		return SharedElasticsearch.freeze();
	}

	static FrozenElasticsearch signalling(List<ProcessHandle> processes) {
		signal("-STOP", processes);
		return new FrozenElasticsearch(() -> signal("-CONT", processes));
	}

	static FrozenElasticsearch of(Runnable freeze, Runnable thaw) {
		freeze.run();
		return new FrozenElasticsearch(thaw);
	}

	@Override
	public void close() {
		this.thaw.run();
	}

	private static void signal(String signal, List<ProcessHandle> processes) {
		List<String> command = new ArrayList<>(List.of("kill", signal));
		processes.forEach((process) -> command.add(Long.toString(process.pid())));
		try {
			int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
