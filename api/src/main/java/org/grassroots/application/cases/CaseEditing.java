package org.grassroots.application.cases;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.application.access.Caller;
import org.grassroots.application.cases.CaseInputs.Advance;
import org.grassroots.application.cases.CaseInputs.CaseChanges;
import org.grassroots.application.cases.CaseInputs.CaseFields;
import org.grassroots.application.cases.CaseInputs.ClearableField;
import org.grassroots.application.cases.CaseInputs.Evaluation;
import org.grassroots.application.cases.CaseInputs.Figures;
import org.grassroots.application.cases.CaseInputs.NewCase;
import org.grassroots.application.cases.CaseInputs.Outcome;
import org.grassroots.application.failure.Checks;
import org.grassroots.application.failure.Conflict;
import org.grassroots.application.failure.Forbidden;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.failure.NotFound;
import org.grassroots.application.journal.Change;
import org.grassroots.application.journal.Mutations;
import org.grassroots.application.journal.Recorder;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.access.Scope;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.CaseKind;
import org.grassroots.graph.cases.CaseStage;
import org.grassroots.graph.cases.CaseStatus;
import org.grassroots.graph.cases.CaseWrites.CaseState;
import org.grassroots.graph.cases.CaseWrites.Reference;
import org.grassroots.graph.cases.CaseWrites;
import org.grassroots.graph.cases.Cases;
import org.grassroots.graph.editing.RecordEdits;
import org.grassroots.graph.region.Regions;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Stewards record cases and carry them along their timeline, in their regions (and
 * everything below them). Each mutation is one transaction: the case is locked and read
 * in scope, its version compared with the one the client read, the input checked, the
 * change written, and the audit event and domain event recorded with it.
 */
@Service
public class CaseEditing {

	static final String TYPE = "Case";

	/** Dates are the calendar days of the stations' time zone. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int MAX_TITLE = 100;

	private static final int MAX_SUMMARY = 500;

	private static final int MAX_NARRATIVE = 20_000;

	private static final int MAX_NOTE = 1_000;

	private static final int MAX_REFERENCES = 50;

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private final CaseWrites writes;

	private final Cases cases;

	private final Regions regions;

	private final RecordEdits records;

	private final Mutations mutations;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CaseEditing(CaseWrites writes, Cases cases, Regions regions, RecordEdits records, Mutations mutations,
			ObjectProvider<Clock> clock) {
		this.writes = writes;
		this.regions = regions;
		this.records = records;
		this.cases = cases;
		this.mutations = mutations;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Records a new case in one of the steward's regions. */
	public Case create(Caller caller, NewCase input) {
		Scope scope = caller.require(Role.STEWARD);
		check(input, true);
		Map<Reference, List<String>> references = references(input);
		String key = this.mutations.create(caller, "createCase", input.idempotencyKey(), input, (recorder) -> {
			if (!this.regions.inScope(input.regionKey(), scope)) {
				throw outOfScopeRegion(scope, input.regionKey());
			}
			checkReferences(references);
			String id = newId();
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("title", input.title());
			properties.put("summary", (input.summary() != null) ? input.summary() : "");
			properties.put("narrative", (input.narrative() != null) ? input.narrative() : "");
			properties.put("kind", input.kind().name());
			properties.put("status", CaseStatus.RECEIVED.name());
			properties.put("place", (input.place() != null) ? input.place() : this.writes.placeName(input.regionKey()));
			properties.put("source", "staff:" + caller.signedIn());
			if (input.raisedOn() != null) {
				properties.put("raisedOn", input.raisedOn());
			}
			properties.putAll(figureProperties(input.figures()));
			this.writes.create(id, properties, references);
			recorder.target(TYPE, id, input.regionKey())
				.changed(Change.between(Map.of(), plain(properties)))
				.changed(referenceChanges(Map.of(), references))
				.event("CaseRecorded", Map.of("kind", input.kind().name()));
			return id;
		});
		return read(key);
	}

	/** Changes the given fields of a case, from the version the client read. */
	public Case update(Caller caller, String id, CaseChanges input) {
		Scope scope = caller.require(Role.STEWARD);
		check(input, false);
		checkConsents(input.residentConsents());
		Map<Reference, List<String>> references = references(input);
		List<String> cleared = new ArrayList<>();
		for (ClearableField field : (input.clear() != null) ? input.clear() : List.<ClearableField>of()) {
			switch (field) {
				case STATION -> references.put(Reference.STATION, List.of());
				case GRID -> references.put(Reference.GRID, List.of());
				case QUANTITY -> cleared.addAll(List.of("quantityValue", "quantityUnit"));
				case BENEFICIARIES -> cleared.addAll(List.of("beneficiaries", "beneficiaryUnit"));
				default -> cleared.add(field.property());
			}
		}
		return edit(caller, "updateCase", id, input.version(), scope, (state, recorder) -> {
			if (input.regionKey() != null && !this.regions.inScope(input.regionKey(), scope)) {
				throw outOfScopeRegion(scope, input.regionKey());
			}
			checkReferences(references);
			Map<String, Object> changes = new LinkedHashMap<>();
			putIfGiven(changes, "title", input.title());
			putIfGiven(changes, "summary", input.summary());
			putIfGiven(changes, "narrative", input.narrative());
			putIfGiven(changes, "place", input.place());
			putIfGiven(changes, "raisedOn", input.raisedOn());
			putIfGiven(changes, "residentConsents", input.residentConsents());
			changes.putAll(figureProperties(input.figures()));
			this.writes.update(id, changes, cleared, references);
			Map<String, @Nullable Object> after = new LinkedHashMap<>(plain(changes));
			cleared.forEach((name) -> after.put(name, null));
			recorder.changed(Change.between(state.properties(), after))
				.changed(referenceChanges(state.references(), references))
				.event("CaseUpdated", Map.of());
			return (input.regionKey() != null) ? input.regionKey() : state.regionId();
		});
	}

	/**
	 * Carries a case to a later stage of its timeline (群众反映 → 代表收集 → 平台分办 → 部门处置 → 结果反馈 →
	 * 群众评价). Stages come in this order (one may be skipped, as records show), never
	 * repeat, and are dated no earlier than the stage before and not in the future. The
	 * case's status follows its stage.
	 */
	public Case advance(Caller caller, String id, Advance input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks checks = Checks.ofInput().text("note", "备注", input.note(), false, MAX_NOTE);
		notFuture(checks, "on", "日期", input.on());
		checks.orThrow();
		return edit(caller, "advanceCase", id, input.version(), scope, (state, recorder) -> {
			CaseStage last = state.lastStage();
			if (last != null && input.stage().ordinal() <= last.ordinal()) {
				throw new InvalidFields("input.stage", "阶段 (stage) must come after " + label(last) + " (" + last
						+ "), the case's last stage: the timeline runs 群众反映 → 代表收集 → 平台分办 → 部门处置 → 结果反馈 → 群众评价");
			}
			LocalDate lastOn = state.lastStageOn();
			if (lastOn != null && input.on().isBefore(lastOn)) {
				throw new InvalidFields("input.on",
						"日期 (on) cannot be before " + lastOn + ", the date of the previous stage " + label(last));
			}
			Map<String, Object> changes = statusChanges(state, input);
			this.writes.appendStage(id, state.stages() + 1, input.stage(), input.on(), input.note(), changes);
			recorder.changed(Change.between(state.properties(), plain(changes)))
				.changed("timeline", (last != null) ? last.name() : null, input.stage().name())
				.event("CaseAdvanced", Map.of("stage", input.stage().name(), "on", input.on().toString()));
			return state.regionId();
		});
	}

	/** Records what residents said of the result; only once the case has a result. */
	public Case recordEvaluation(Caller caller, String id, Evaluation input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks.ofInput().text("note", "评价", input.note(), false, MAX_NOTE).orThrow();
		return edit(caller, "recordEvaluation", id, input.version(), scope, (state, recorder) -> {
			boolean hasResult = CaseStatus.COMPLETED.name().equals(state.properties().get("status"))
					|| (state.lastStage() != null && state.lastStage().ordinal() >= CaseStage.FEEDBACK.ordinal());
			if (!hasResult) {
				throw new InvalidFields("input.satisfied",
						"群众评价 comes after 结果反馈: advance the case to FEEDBACK (or complete it) first");
			}
			Map<String, Object> changes = new LinkedHashMap<>();
			changes.put("evaluationSatisfied", input.satisfied());
			putIfGiven(changes, "evaluationNote", input.note());
			this.writes.update(id, changes, (input.note() == null) ? List.of("evaluationNote") : List.of(), Map.of());
			recorder.changed(Change.between(state.properties(), changes))
				.event("CaseEvaluated", Map.of("satisfied", input.satisfied()));
			return state.regionId();
		});
	}

	/** Records what became of an opinion on a draft law or a deputy's suggestion. */
	public Case recordOutcome(Caller caller, String id, Outcome input) {
		Scope scope = caller.require(Role.STEWARD);
		return edit(caller, "recordOpinionOutcome", id, input.version(), scope, (state, recorder) -> {
			if (state.kind() != CaseKind.DRAFT_LAW_OPINION && state.kind() != CaseKind.DEPUTY_SUGGESTION) {
				throw new InvalidFields("input.outcome", "Only an opinion on a draft law (DRAFT_LAW_OPINION) or a "
						+ "deputy's suggestion (DEPUTY_SUGGESTION) has an outcome; this case is " + state.kind());
			}
			Map<String, Object> changes = Map.of("outcome", input.outcome().name());
			this.writes.update(id, changes, List.of(), Map.of());
			recorder.changed(Change.between(state.properties(), changes))
				.event("OpinionOutcomeRecorded", Map.of("outcome", input.outcome().name()));
			return state.regionId();
		});
	}

	/**
	 * Archives a case: it leaves every list and page but is kept, and can be restored. A
	 * case an article tells stays until the article is taken down.
	 */
	public Case archive(Caller caller, String id, long version) {
		Scope scope = caller.require(Role.STEWARD);
		return archiving(caller, id, version, scope, true);
	}

	/** Brings an archived case back. */
	public Case restore(Caller caller, String id, long version) {
		Scope scope = caller.require(Role.STEWARD);
		return archiving(caller, id, version, scope, false);
	}

	private Case archiving(Caller caller, String id, long version, Scope scope, boolean archive) {
		String action = archive ? "archiveCase" : "restoreCase";
		this.mutations.run(caller, action, (recorder) -> {
			CaseState state = locked(id, scope, !archive, version);
			if (archive && this.writes.toldByArticle(id)) {
				throw new InvalidFields("input.id", "An article tells this case: take the article down first");
			}
			if (!archive && this.records.exists("Case", id)) {
				throw new InvalidFields("input.id", "A live case with the key '" + id + "' exists");
			}
			this.writes.archive(id, archive);
			recorder.target(TYPE, id, state.regionId())
				.changed("archived", !archive, archive)
				.changed("version", state.version(), state.version() + 1)
				.event(archive ? "CaseArchived" : "CaseRestored", Map.of());
			return id;
		});
		return this.cases.findIncludingArchived(id).orElseThrow(() -> new NotFound("case", id));
	}

	/**
	 * One edit of a live case: lock it in scope, compare the version, apply, journal.
	 * @param work applies the change and returns the region the case lies in afterwards
	 */
	private Case edit(Caller caller, String action, String id, long version, Scope scope, Edit work) {
		this.mutations.run(caller, action, (recorder) -> {
			CaseState state = locked(id, scope, false, version);
			String regionId = work.apply(state, recorder);
			recorder.target(TYPE, id, (regionId != null) ? regionId : state.regionId())
				.changed("version", state.version(), state.version() + 1);
			return id;
		});
		return read(id);
	}

	private CaseState locked(String id, Scope scope, boolean archived, long version) {
		CaseState state = this.writes.lock(id, scope, archived).orElseThrow(() -> notInScope(scope, id));
		if (state.version() != version) {
			throw new Conflict("case", id, version, state.version());
		}
		return state;
	}

	private Case read(String id) {
		return this.cases.findById(id).orElseThrow(() -> new NotFound("case", id));
	}

	/** Only a caller who may reach everything learns that a case does not exist. */
	private static RuntimeException notInScope(Scope scope, String id) {
		return scope.everywhere() ? new NotFound("case", id)
				: new Forbidden("No case with this id in your regions: you may change cases only there");
	}

	private static RuntimeException outOfScopeRegion(Scope scope, String regionKey) {
		return scope.everywhere() ? new InvalidFields("input.regionKey", "No region '" + regionKey + "'")
				: new Forbidden("You may record cases only in your regions; '" + regionKey + "' is not one of them");
	}

	private void checkReferences(Map<Reference, List<String>> references) {
		Map<Reference, Collection<String>> wanted = new EnumMap<>(Reference.class);
		references.forEach((reference, keys) -> {
			if (reference != Reference.REGION && !keys.isEmpty()) {
				wanted.put(reference, keys);
			}
		});
		Map<Reference, List<String>> missing = this.writes.missing(wanted);
		if (!missing.isEmpty()) {
			Checks checks = Checks.ofInput();
			missing.forEach((reference, keys) -> checks.add(field(reference),
					"No " + reference.label() + " with the key" + ((keys.size() > 1) ? "s " : " ") + keys));
			checks.orThrow();
		}
	}

	private static String field(Reference reference) {
		return switch (reference) {
			case REGION -> "regionKey";
			case STATION -> "stationKey";
			case GRID -> "gridKey";
			case REPRESENTATIVE -> "raisedByKeys";
			case LAW -> "lawKeys";
			case AGENCY -> "agencyKeys";
		};
	}

	/**
	 * Every rule of a case's fields, reported together.
	 * @param create whether the case is new (a title is required then)
	 */
	private void check(CaseFields input, boolean create) {
		Checks checks = Checks.ofInput()
			.text("title", "标题", input.title(), create, MAX_TITLE)
			.text("summary", "摘要", input.summary(), false, MAX_SUMMARY)
			.text("narrative", "经过", input.narrative(), false, MAX_NARRATIVE)
			.text("place", "地点", input.place(), false, MAX_TITLE)
			.key("regionKey", "所在地区", input.regionKey())
			.key("stationKey", "联络站", input.stationKey())
			.key("gridKey", "网格", input.gridKey())
			.keys("raisedByKeys", "提出的代表", input.raisedByKeys(), MAX_REFERENCES)
			.keys("lawKeys", "涉及的法律", input.lawKeys(), MAX_REFERENCES)
			.keys("agencyKeys", "承办部门", input.agencyKeys(), MAX_REFERENCES);
		figures(checks, input.figures());
		notFuture(checks, "raisedOn", "反映日期", input.raisedOn());
		checks.orThrow();
	}

	/**
	 * Residents who agreed to be named in stories about the case: the pre-publish checks
	 * let their names pass.
	 */
	private static void checkConsents(@Nullable List<String> names) {
		Checks checks = Checks.ofInput();
		if (names != null) {
			checks.require(names.size() <= MAX_REFERENCES, "residentConsents",
					"At most " + MAX_REFERENCES + " names, got " + names.size());
			for (int i = 0; i < Math.min(names.size(), MAX_REFERENCES); i++) {
				checks.text("residentConsents[" + i + "]", "同意具名的居民", names.get(i), true, 20);
			}
		}
		checks.orThrow();
	}

	/** The references the fields give; those left out are not in the map. */
	private static Map<Reference, List<String>> references(CaseFields input) {
		String regionKey = input.regionKey();
		String stationKey = input.stationKey();
		String gridKey = input.gridKey();
		List<String> raisedBy = input.raisedByKeys();
		List<String> laws = input.lawKeys();
		List<String> agencies = input.agencyKeys();
		Map<Reference, List<String>> references = new EnumMap<>(Reference.class);
		if (regionKey != null) {
			references.put(Reference.REGION, List.of(regionKey));
		}
		if (stationKey != null) {
			references.put(Reference.STATION, List.of(stationKey));
		}
		if (gridKey != null) {
			references.put(Reference.GRID, List.of(gridKey));
		}
		if (raisedBy != null) {
			references.put(Reference.REPRESENTATIVE, raisedBy.stream().distinct().toList());
		}
		if (laws != null) {
			references.put(Reference.LAW, laws.stream().distinct().toList());
		}
		if (agencies != null) {
			references.put(Reference.AGENCY, agencies.stream().distinct().toList());
		}
		return references;
	}

	private static Map<String, Change> referenceChanges(Map<Reference, List<String>> before,
			Map<Reference, List<String>> after) {
		Map<String, Object> was = new LinkedHashMap<>();
		Map<String, Object> now = new LinkedHashMap<>();
		after.forEach((reference, keys) -> {
			was.put(field(reference), String.join(",", before.getOrDefault(reference, List.of())));
			now.put(field(reference), String.join(",", keys));
		});
		return Change.between(was, now);
	}

	private void notFuture(Checks checks, String field, String label, @Nullable LocalDate date) {
		LocalDate today = LocalDate.now(this.clock.withZone(CHINA));
		if (date != null && date.isAfter(today)) {
			checks.add(field, label + " (" + field + ") cannot be in the future (today is " + today + ")");
		}
	}

	private static void figures(Checks checks, @Nullable Figures figures) {
		if (figures == null) {
			return;
		}
		checks.notNegative("figures.fundingYuan", "资金", figures.fundingYuan())
			.notNegative("figures.beneficiaries", "受益", figures.beneficiaries())
			.notNegative("figures.quantity", "数量", figures.quantity())
			.notNegative("figures.durationDays", "工期", figures.durationDays())
			.text("figures.beneficiaryUnit", "受益单位", figures.beneficiaryUnit(), false, 40)
			.text("figures.quantityUnit", "数量单位", figures.quantityUnit(), false, 40)
			.require(figures.fundingYuan() == null || figures.fundingYuan() == Math.rint(figures.fundingYuan()),
					"figures.fundingYuan", "资金 (fundingYuan) is in whole yuan")
			.require(figures.fundingYuan() == null || figures.fundingYuan() < 1e15, "figures.fundingYuan",
					"资金 (fundingYuan) is at most 10^15 yuan")
			.require(figures.quantity() == null || figures.quantityUnit() != null, "figures.quantityUnit",
					"数量单位 (quantityUnit) is required with a quantity, e.g. 盏太阳能路灯");
	}

	private static Map<String, Object> figureProperties(@Nullable Figures figures) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (figures == null) {
			return properties;
		}
		if (figures.fundingYuan() != null) {
			properties.put("fundingYuan", figures.fundingYuan().longValue());
		}
		putIfGiven(properties, "beneficiaries",
				(figures.beneficiaries() != null) ? figures.beneficiaries().longValue() : null);
		putIfGiven(properties, "beneficiaryUnit", figures.beneficiaryUnit());
		putIfGiven(properties, "quantityValue", figures.quantity());
		putIfGiven(properties, "quantityUnit", figures.quantityUnit());
		putIfGiven(properties, "durationDays",
				(figures.durationDays() != null) ? figures.durationDays().longValue() : null);
		return properties;
	}

	/** The status and dates a new stage brings. */
	private static Map<String, Object> statusChanges(CaseState state, Advance input) {
		Map<String, Object> changes = new LinkedHashMap<>();
		Object status = state.properties().get("status");
		CaseStatus now = (status != null) ? CaseStatus.valueOf(status.toString()) : CaseStatus.RECEIVED;
		CaseStatus next = switch (input.stage()) {
			case REPORTED, COLLECTED -> now;
			case ASSIGNED, HANDLED -> (now == CaseStatus.RECEIVED) ? CaseStatus.IN_PROGRESS : now;
			case FEEDBACK, EVALUATED ->
				(state.kind() == CaseKind.DRAFT_LAW_OPINION) ? CaseStatus.SUBMITTED : CaseStatus.COMPLETED;
		};
		if (next != now) {
			changes.put("status", next.name());
		}
		if (input.stage() == CaseStage.REPORTED && state.properties().get("raisedOn") == null) {
			changes.put("raisedOn", input.on());
		}
		if (next == CaseStatus.COMPLETED && state.properties().get("completedOn") == null) {
			changes.put("completedOn", input.on());
		}
		return changes;
	}

	private static String label(@Nullable CaseStage stage) {
		if (stage == null) {
			return "";
		}
		return switch (stage) {
			case REPORTED -> "群众反映";
			case COLLECTED -> "代表收集";
			case ASSIGNED -> "平台分办";
			case HANDLED -> "部门处置";
			case FEEDBACK -> "结果反馈";
			case EVALUATED -> "群众评价";
		};
	}

	private static void putIfGiven(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	/** Dates as the trail shows them: ISO text. */
	private static Map<String, @Nullable Object> plain(Map<String, Object> properties) {
		Map<String, @Nullable Object> plain = new LinkedHashMap<>();
		properties.forEach((key, value) -> plain.put(key, (value instanceof LocalDate date) ? date.toString() : value));
		return plain;
	}

	private String newId() {
		StringBuilder id = new StringBuilder("case-")
			.append(LocalDate.now(this.clock.withZone(CHINA)).format(DateTimeFormatter.BASIC_ISO_DATE))
			.append('-');
		for (int i = 0; i < 8; i++) {
			id.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

	@FunctionalInterface
	private interface Edit {

		@Nullable String apply(CaseState state, Recorder recorder);

	}

}
