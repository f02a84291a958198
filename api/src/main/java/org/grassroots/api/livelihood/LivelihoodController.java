package org.grassroots.api.livelihood;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.Related;
import org.grassroots.application.access.Callers;
import org.grassroots.application.livelihood.LivelihoodVotes;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.livelihood.LivelihoodFilter;
import org.grassroots.graph.livelihood.LivelihoodProject;
import org.grassroots.graph.livelihood.LivelihoodStatistics;
import org.grassroots.graph.livelihood.ProjectItem;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class LivelihoodController {

	static final String TYPE = "LivelihoodProject";

	private final LivelihoodVotes votes;

	LivelihoodController(LivelihoodVotes votes) {
		this.votes = votes;
	}

	@QueryMapping
	Connection<LivelihoodProject, LivelihoodFilter> livelihoodProjects(@Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		PageRequest request = PageRequest.of(environment, TYPE, OrderInput.of(orderBy, LivelihoodFilter.SORTS));
		LivelihoodFilter chosen = FilterInput.toFilter(filter);
		return Connection.of(this.votes.page(chosen, request.order(), request.seek()), TYPE, request, chosen);
	}

	@SchemaMapping(typeName = TYPE + "Connection")
	long totalCount(Object connection) {
		return Connections.rootCount(connection, (LivelihoodFilter filter) -> this.votes.count(filter));
	}

	@QueryMapping
	LivelihoodStatistics livelihoodStatistics(@Argument @Nullable Integer fromYear,
			@Argument @Nullable Integer toYear) {
		return this.votes.statistics(new LivelihoodFilter(fromYear, toYear, null, null));
	}

	@SchemaMapping(typeName = TYPE)
	Map<String, Long> votes(LivelihoodProject project) {
		return Map.of("inFavour", project.votes().inFavour(), "against", project.votes().against(), "abstained",
				project.votes().abstained());
	}

	/** One query for the sub-items of every project in the response. */
	@BatchMapping(typeName = TYPE)
	Map<LivelihoodProject, List<ProjectItem>> items(List<LivelihoodProject> projects) {
		return Related.many(projects, LivelihoodProject::id, this.votes::items);
	}

	/** Two queries for the delivering cases of every project in the response. */
	@BatchMapping(typeName = TYPE)
	Map<LivelihoodProject, List<Case>> deliveries(List<LivelihoodProject> projects) {
		return Related.many(projects, LivelihoodProject::id, this.votes::deliveries);
	}

	@SchemaMapping(typeName = "ProjectItem")
	@Nullable Map<String, Object> quantity(ProjectItem item) {
		Double value = item.quantity();
		String unit = item.quantityUnit();
		return (value != null) ? Map.of("value", value, "unit", (unit != null) ? unit : "") : null;
	}

	@MutationMapping
	Map<String, LivelihoodProject> recordLivelihoodCandidate(@Argument LivelihoodVotes.NewCandidate input) {
		return payload(this.votes.recordCandidate(Callers.current(), input));
	}

	@MutationMapping
	Map<String, LivelihoodProject> recordLivelihoodVote(@Argument LivelihoodVotes.Vote input,
			DataFetchingEnvironment environment) {
		return payload(this.votes.recordVote(Callers.current(), key(environment), input));
	}

	@MutationMapping
	Map<String, LivelihoodProject> addLivelihoodItem(@Argument LivelihoodVotes.NewItem input,
			DataFetchingEnvironment environment) {
		return payload(this.votes.addItem(Callers.current(), key(environment), input));
	}

	@MutationMapping
	Map<String, LivelihoodProject> linkLivelihoodDelivery(@Argument DeliveryInput input,
			DataFetchingEnvironment environment) {
		String caseKey = GlobalId.keyOf("Case", input.caseId(), "input.caseId");
		return payload(this.votes.addDelivery(Callers.current(), key(environment),
				new LivelihoodVotes.Delivery(input.version(), caseKey)));
	}

	@MutationMapping
	Map<String, LivelihoodProject> rateLivelihoodProject(@Argument LivelihoodVotes.Rating input,
			DataFetchingEnvironment environment) {
		return payload(this.votes.rate(Callers.current(), key(environment), input));
	}

	private static Map<String, LivelihoodProject> payload(LivelihoodProject project) {
		return Map.of("project", project);
	}

	private static String key(DataFetchingEnvironment environment) {
		Map<String, Object> input = environment.getArgument("input");
		return GlobalId.keyOf(TYPE, String.valueOf(input.get("id")), "input.id");
	}

	record DeliveryInput(String id, long version, String caseId) {
	}

	record FilterInput(@Nullable Integer fromYear, @Nullable Integer toYear, @Nullable Boolean chosen,
			@Nullable String field) {

		static LivelihoodFilter toFilter(@Nullable FilterInput input) {
			return (input != null) ? new LivelihoodFilter(input.fromYear, input.toYear, input.chosen, input.field)
					: LivelihoodFilter.ALL;
		}

	}

}
