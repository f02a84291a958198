package org.grassroots.graph.migration;

/**
 * The start-up work, in the order it runs once the context is refreshed (each step an
 * {@code ApplicationRunner} with its {@code @Order}):
 * <ol>
 * <li>{@link #MIGRATIONS}: the schema's versioned scripts, constraints and indexes first,
 * since every later step merges on them;</li>
 * <li>{@link #DEMO_DATA}: the demo dataset, when it is to be loaded;</li>
 * <li>{@link #FIRST_ADMINISTRATOR}: the first administrator account, when there is
 * none.</li>
 * </ol>
 * Once all have run ({@code ApplicationReadyEvent}), the embedded database's transaction
 * limits apply.
 */
public final class StartupOrder {

	public static final int MIGRATIONS = 100;

	public static final int DEMO_DATA = 200;

	public static final int FIRST_ADMINISTRATOR = 300;

	public static final int DEMO_STORIES = 400;

	private StartupOrder() {
	}

}
