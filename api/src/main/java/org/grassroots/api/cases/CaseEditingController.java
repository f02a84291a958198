package org.grassroots.api.cases;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.application.access.Callers;
import org.grassroots.application.cases.CaseEditing;
import org.grassroots.application.cases.CaseInputs;
import org.grassroots.graph.cases.Case;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The case mutations: each decodes the case's global id and hands the input to the
 * application service with the caller.
 */
@Controller
class CaseEditingController {

	private final CaseEditing editing;

	CaseEditingController(CaseEditing editing) {
		this.editing = editing;
	}

	@MutationMapping
	Map<String, Case> createCase(@Argument CaseInputs.NewCase input) {
		return payload(this.editing.create(Callers.current(), input));
	}

	@MutationMapping
	Map<String, Case> updateCase(@Argument CaseInputs.CaseChanges input, DataFetchingEnvironment environment) {
		return payload(this.editing.update(Callers.current(), key(environment), input));
	}

	@MutationMapping
	Map<String, Case> advanceCase(@Argument CaseInputs.Advance input, DataFetchingEnvironment environment) {
		return payload(this.editing.advance(Callers.current(), key(environment), input));
	}

	@MutationMapping
	Map<String, Case> recordEvaluation(@Argument CaseInputs.Evaluation input, DataFetchingEnvironment environment) {
		return payload(this.editing.recordEvaluation(Callers.current(), key(environment), input));
	}

	@MutationMapping
	Map<String, Case> recordOpinionOutcome(@Argument CaseInputs.Outcome input, DataFetchingEnvironment environment) {
		return payload(this.editing.recordOutcome(Callers.current(), key(environment), input));
	}

	@MutationMapping
	Map<String, Case> archiveCase(DataFetchingEnvironment environment) {
		return payload(this.editing.archive(Callers.current(), key(environment), version(environment)));
	}

	@MutationMapping
	Map<String, Case> restoreCase(DataFetchingEnvironment environment) {
		return payload(this.editing.restore(Callers.current(), key(environment), version(environment)));
	}

	/** {@code case} is a Java keyword: the payload is a map. */
	private static Map<String, Case> payload(Case kase) {
		return Map.of("case", kase);
	}

	/** The key of the case the input is about, from its global id. */
	private static String key(DataFetchingEnvironment environment) {
		return GlobalId.keyOf(CaseController.TYPE, String.valueOf(input(environment).get("id")), "input.id");
	}

	private static long version(DataFetchingEnvironment environment) {
		return ((Number) input(environment).get("version")).longValue();
	}

	private static Map<String, Object> input(DataFetchingEnvironment environment) {
		return environment.getArgument("input");
	}

}
