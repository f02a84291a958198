package org.grassroots.application.livelihood;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.grassroots.application.access.Caller;
import org.grassroots.application.failure.Checks;
import org.grassroots.application.failure.Conflict;
import org.grassroots.application.failure.Forbidden;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.failure.NotFound;
import org.grassroots.application.journal.Change;
import org.grassroots.application.journal.Mutations;
import org.grassroots.application.journal.Recorder;
import org.grassroots.application.listing.Catalog;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.access.Scope;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.Cases;
import org.grassroots.graph.livelihood.LivelihoodFilter;
import org.grassroots.graph.livelihood.LivelihoodProject;
import org.grassroots.graph.livelihood.LivelihoodProjects;
import org.grassroots.graph.livelihood.LivelihoodStatistics;
import org.grassroots.graph.livelihood.ProjectItem;
import org.grassroots.graph.region.Regions;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Each year the city congress's deputies vote the year's ten livelihood projects from the
 * candidates. Anyone reads the candidates, votes, sub-items, deliveries and ratings;
 * stewards whose regions cover the voting congress's region record them, one transaction
 * per change, journaled like every other write.
 */
@Service
public class LivelihoodVotes extends Catalog<LivelihoodProject, LivelihoodFilter, LivelihoodProjects> {

	static final String TYPE = "LivelihoodProject";

	/** A year's vote chooses ten projects (市十件民生实事). */
	public static final int CHOSEN_PER_YEAR = 10;

	private static final int FIRST_YEAR = 2000;

	private final Regions regions;

	private final Cases cases;

	private final Mutations mutations;

	private final Clock clock;

	LivelihoodVotes(LivelihoodProjects projects, Regions regions, Cases cases, Mutations mutations,
			ObjectProvider<Clock> clock) {
		super(projects);
		this.regions = regions;
		this.cases = cases;
		this.mutations = mutations;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A candidate put to the vote. */
	public record NewCandidate(@Nullable String idempotencyKey, int year, String field, String title,
			String regionKey) {
	}

	/** The vote's result for a candidate. */
	public record Vote(long version, long inFavour, long against, long abstained, boolean chosen,
			@Nullable Integer rank) {
	}

	/** A sub-item of a chosen project. */
	public record NewItem(long version, String title, double budgetYuan, @Nullable Double quantity,
			@Nullable String quantityUnit) {
	}

	/** A case that delivers (part of) a project. */
	public record Delivery(long version, String caseKey) {
	}

	/** The deputies' satisfaction with a project's delivery, in percent. */
	public record Rating(long version, double satisfaction) {
	}

	public Map<String, List<ProjectItem>> items(Collection<String> projectIds) {
		return this.store.items(projectIds);
	}

	/** The cases delivering each project, in two queries for all of them. */
	public Map<String, List<Case>> deliveries(Collection<String> projectIds) {
		Map<String, List<String>> keys = this.store.deliveries(projectIds);
		Map<String, Case> byKey = new HashMap<>();
		this.cases.findByIds(keys.values().stream().flatMap(List::stream).distinct().toList())
			.forEach((kase) -> byKey.put(kase.id(), kase));
		Map<String, List<Case>> delivered = new HashMap<>();
		keys.forEach((project, caseKeys) -> delivered.put(project,
				caseKeys.stream().map(byKey::get).filter(Objects::nonNull).toList()));
		return delivered;
	}

	public LivelihoodStatistics statistics(LivelihoodFilter filter) {
		return this.store.statistics(filter);
	}

	/** Records a candidate for a year's vote. */
	public LivelihoodProject recordCandidate(Caller caller, NewCandidate input) {
		Scope scope = caller.require(Role.STEWARD);
		int thisYear = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
		Checks.ofInput()
			.require(input.year() >= FIRST_YEAR && input.year() <= thisYear + 1, "year",
					"年度 (year) is between " + FIRST_YEAR + " and next year, got " + input.year())
			.text("title", "名称", input.title(), true, 100)
			.text("field", "领域", input.field(), true, 40)
			.key("regionKey", "票决地区", input.regionKey())
			.orThrow();
		String key = this.mutations.create(caller, "recordLivelihoodCandidate", input.idempotencyKey(), input,
				(recorder) -> {
					if (!this.regions.inScope(input.regionKey(), scope)) {
						throw scope.everywhere()
								? new InvalidFields("input.regionKey", "No region '" + input.regionKey() + "'")
								: new Forbidden("You may record projects only of your regions' congresses");
					}
					String id = "lp-" + input.year() + "-" + Long.toString(this.clock.millis(), 36);
					Map<String, Object> properties = new LinkedHashMap<>();
					properties.put("year", input.year());
					properties.put("field", input.field());
					properties.put("title", input.title());
					properties.put("chosen", false);
					properties.put("source", "staff:" + caller.signedIn());
					this.store.create(id, properties, input.regionKey());
					recorder.target(TYPE, id, input.regionKey())
						.changed(Change.between(Map.of(), properties))
						.event("LivelihoodCandidateRecorded", Map.of("year", input.year()));
					return id;
				});
		return read(key);
	}

	/**
	 * Records the vote on a candidate; a year chooses at most ten, each with its rank.
	 */
	public LivelihoodProject recordVote(Caller caller, String id, Vote input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks.ofInput()
			.notNegative("inFavour", "赞成票", input.inFavour())
			.notNegative("against", "反对票", input.against())
			.notNegative("abstained", "弃权票", input.abstained())
			.require(!input.chosen() || (input.rank() != null && input.rank() >= 1 && input.rank() <= CHOSEN_PER_YEAR),
					"rank", "排名 (rank) of a chosen project is 1 to " + CHOSEN_PER_YEAR)
			.require(input.chosen() || input.rank() == null, "rank", "Only a chosen project has a rank")
			.orThrow();
		return edit(caller, "recordLivelihoodVote", id, input.version(), scope, (project, recorder) -> {
			if (input.chosen() && !project.chosen()) {
				long chosen = this.store.count(new LivelihoodFilter(project.year(), project.year(), true, null));
				if (chosen >= CHOSEN_PER_YEAR) {
					throw new InvalidFields("input.chosen",
							project.year() + " already has its " + CHOSEN_PER_YEAR + " chosen projects (市十件民生实事)");
				}
			}
			Map<String, Object> changes = new LinkedHashMap<>();
			changes.put("votesFor", input.inFavour());
			changes.put("votesAgainst", input.against());
			changes.put("votesAbstain", input.abstained());
			changes.put("chosen", input.chosen());
			if (input.rank() != null) {
				changes.put("rank", input.rank());
			}
			this.store.update(id, changes);
			recorder
				.changed(Change
					.between(Map.of("votesFor", project.votes().inFavour(), "votesAgainst", project.votes().against(),
							"votesAbstain", project.votes().abstained(), "chosen", project.chosen()), changes))
				.event("LivelihoodVoteRecorded", Map.of("chosen", input.chosen()));
		});
	}

	/** Adds a sub-item with its budget to a chosen project. */
	public LivelihoodProject addItem(Caller caller, String id, NewItem input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks.ofInput()
			.text("title", "子项", input.title(), true, 100)
			.notNegative("budgetYuan", "资金", input.budgetYuan())
			.require(input.budgetYuan() == Math.rint(input.budgetYuan()), "budgetYuan",
					"资金 (budgetYuan) is in whole yuan")
			.notNegative("quantity", "数量", input.quantity())
			.text("quantityUnit", "数量单位", input.quantityUnit(), input.quantity() != null, 40)
			.orThrow();
		return edit(caller, "addLivelihoodItem", id, input.version(), scope, (project, recorder) -> {
			if (!project.chosen()) {
				throw new InvalidFields("input.id", "Only a chosen project has sub-items: record its vote first");
			}
			this.store.addItem(id, new ProjectItem(id, project.itemCount() + 1, input.title(),
					(long) input.budgetYuan(), input.quantity(), input.quantityUnit()));
			recorder.changed("items", project.itemCount(), project.itemCount() + 1)
				.changed("budgetYuan", project.budgetYuan(), project.budgetYuan() + (long) input.budgetYuan())
				.event("LivelihoodItemAdded", Map.of("title", input.title()));
		});
	}

	/** Records a case as (part of) a chosen project's delivery. */
	public LivelihoodProject addDelivery(Caller caller, String id, Delivery input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks.ofInput().key("caseId", "案例", input.caseKey()).orThrow();
		return edit(caller, "linkLivelihoodDelivery", id, input.version(), scope, (project, recorder) -> {
			if (!project.chosen()) {
				throw new InvalidFields("input.id", "Only a chosen project is delivered");
			}
			if (!this.store.addDelivery(id, input.caseKey())) {
				throw new InvalidFields("input.caseId", "No case with this id");
			}
			recorder.changed("deliveredBy", null, input.caseKey())
				.event("LivelihoodDeliveryLinked", Map.of("caseKey", input.caseKey()));
		});
	}

	/** Records the deputies' satisfaction with a chosen project's delivery. */
	public LivelihoodProject rate(Caller caller, String id, Rating input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks.ofInput()
			.require(input.satisfaction() >= 0 && input.satisfaction() <= 100, "satisfaction",
					"满意度 (satisfaction) is a percentage, 0 to 100")
			.orThrow();
		return edit(caller, "rateLivelihoodProject", id, input.version(), scope, (project, recorder) -> {
			if (!project.chosen()) {
				throw new InvalidFields("input.id", "Only a chosen project's delivery is rated");
			}
			this.store.update(id, Map.of("satisfaction", input.satisfaction()));
			recorder.changed("satisfaction", project.satisfaction(), input.satisfaction())
				.event("LivelihoodProjectRated", Map.of("satisfaction", input.satisfaction()));
		});
	}

	private LivelihoodProject edit(Caller caller, String action, String id, long version, Scope scope, Edit work) {
		this.mutations.run(caller, action, (recorder) -> {
			LivelihoodProject project = this.store.lock(id, scope)
				.orElseThrow(() -> scope.everywhere() ? new NotFound("livelihood project", id)
						: new Forbidden("No livelihood project with this id in your regions"));
			if (project.version() != version) {
				throw new Conflict("livelihood project", id, version, project.version());
			}
			work.apply(project, recorder);
			recorder.target(TYPE, id, project.regionId()).changed("version", project.version(), project.version() + 1);
			return id;
		});
		return read(id);
	}

	private LivelihoodProject read(String id) {
		return findByIds(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFound("livelihood project", id));
	}

	@FunctionalInterface
	private interface Edit {

		void apply(LivelihoodProject project, Recorder recorder);

	}

}
