package org.grassroots.application.network;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.graph.representative.CongressLevel;
import org.grassroots.graph.station.GridSize;
import org.grassroots.graph.station.StationKind;
import org.jspecify.annotations.Nullable;

/**
 * What the network mutations take. Text is plain text. In changes, fields left out (or
 * null) stay as they are.
 */
public final class NetworkInputs {

	private NetworkInputs() {
	}

	/** A new station or contact point, located in a region. */
	public record NewStation(@Nullable String idempotencyKey, String name, StationKind kind, String regionKey,
			@Nullable LocalDate openedOn) {
	}

	/** Changes to a station. */
	public record StationChanges(long version, @Nullable String name, @Nullable StationKind kind,
			@Nullable LocalDate openedOn) {
	}

	/**
	 * A new grid: a large grid within a region, or a small one part of a large one;
	 * optionally covered by a station.
	 */
	public record NewGrid(@Nullable String idempotencyKey, String name, GridSize size, @Nullable String regionKey,
			@Nullable String parentGridKey, @Nullable String stationKey) {
	}

	/** Changes to a grid. */
	public record GridChanges(long version, @Nullable String name) {
	}

	/** A new deputy, elected from a region. */
	public record NewDeputy(@Nullable String idempotencyKey, String name, List<CongressLevel> levels,
			@Nullable String sector, @Nullable String profile, String regionKey) {
	}

	/** Changes to a deputy. */
	public record DeputyChanges(long version, @Nullable String name, @Nullable List<CongressLevel> levels,
			@Nullable String sector, @Nullable String profile) {
	}

	/**
	 * A deputy serving at a station ({@code stationKey}, with a role) or in a grid
	 * ({@code gridKey}).
	 */
	public record Assignment(String deputyKey, @Nullable String stationKey, @Nullable String gridKey,
			@Nullable LocalDate since, @Nullable String role) {
	}

	/** A consultation on a law or draft, held by a contact point. */
	public record NewConsultation(@Nullable String idempotencyKey, String lawKey, String contactPointKey, String title,
			@Nullable LocalDate openedOn, @Nullable String partner, @Nullable String format) {
	}

	/** A consultation's tallies. */
	public record Tallies(long version, long opinionsSubmitted, long opinionsAdopted, @Nullable LocalDate closedOn) {
	}

}
