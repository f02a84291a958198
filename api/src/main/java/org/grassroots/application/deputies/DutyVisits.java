package org.grassroots.application.deputies;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

import org.grassroots.application.access.Caller;
import org.grassroots.application.failure.Checks;
import org.grassroots.application.failure.Forbidden;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.journal.Mutations;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.access.Scope;
import org.grassroots.graph.representative.DutyVisit;
import org.grassroots.graph.representative.DutyVisitLog;
import org.grassroots.graph.representative.VisitKind;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Stewards log deputies' duty visits at the stations and grids of their regions; duty
 * compliance reads them at once.
 */
@Service
public class DutyVisits {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final DutyVisitLog log;

	private final Mutations mutations;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	DutyVisits(DutyVisitLog log, Mutations mutations, ObjectProvider<Clock> clock) {
		this.log = log;
		this.mutations = mutations;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * A visit to log: a station reception ({@code stationKey}) or grid service
	 * ({@code gridKey}).
	 *
	 * @param idempotencyKey makes a retry safe
	 */
	public record NewVisit(@Nullable String idempotencyKey, String deputyKey, LocalDate on, VisitKind kind,
			@Nullable String stationKey, @Nullable String gridKey) {
	}

	/** Logs the visit; returns it as stored. */
	public DutyVisit log(Caller caller, NewVisit input) {
		Scope scope = caller.require(Role.STEWARD);
		boolean atStation = input.kind() == VisitKind.STATION_RECEPTION;
		String place = atStation ? input.stationKey() : input.gridKey();
		Checks checks = Checks.ofInput()
			.key("deputyKey", "代表", input.deputyKey())
			.key("stationKey", "联络站", input.stationKey())
			.key("gridKey", "网格", input.gridKey())
			.require(place != null, atStation ? "stationKey" : "gridKey",
					atStation ? "进站接待 (STATION_RECEPTION) is at a station: give stationKey"
							: "入网格服务 (GRID_SERVICE) is in a grid: give gridKey")
			.require(atStation ? input.gridKey() == null : input.stationKey() == null,
					atStation ? "gridKey" : "stationKey", "A visit is at a station or in a grid, not both");
		LocalDate today = LocalDate.now(this.clock.withZone(CHINA));
		checks.require(!input.on().isAfter(today), "on", "日期 (on) cannot be in the future (today is " + today + ")");
		checks.orThrow();
		String placeKey = Objects.requireNonNull(place);
		String id = "visit-" + HexFormat.of().formatHex(randomBytes());
		var visit = new DutyVisit(id, input.deputyKey(), input.on(), input.kind(), placeKey);
		String logged = this.mutations.create(caller, "logDutyVisit", input.idempotencyKey(), input, (recorder) -> {
			DutyVisitLog.Logged result = this.log.log(visit, scope);
			switch (result.outcome()) {
				case NO_SUCH_DEPUTY ->
					throw new InvalidFields("input.deputyKey", "No deputy '" + input.deputyKey() + "'");
				case PLACE_NOT_IN_SCOPE -> throw scope.everywhere()
						? new InvalidFields("input." + (atStation ? "stationKey" : "gridKey"),
								"No " + (atStation ? "station" : "grid") + " '" + placeKey + "'")
						: new Forbidden("You may log visits only at the stations and grids of your regions");
				case LOGGED -> recorder.target("DutyVisit", id, result.regionId())
					.changed("deputy", null, input.deputyKey())
					.changed("on", null, input.on().toString())
					.changed("kind", null, input.kind().name())
					.changed("place", null, placeKey)
					.event("DutyVisitLogged", Map.of("deputyKey", input.deputyKey(), "on", input.on().toString()));
			}
			return id;
		});
		return logged.equals(id) ? visit : new DutyVisit(logged, input.deputyKey(), input.on(), input.kind(), placeKey);
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[8];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
