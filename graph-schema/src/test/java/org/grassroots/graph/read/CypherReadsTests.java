package org.grassroots.graph.read;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.graph.read.ReadPlan.All;
import org.grassroots.graph.read.ReadPlan.Constant;
import org.grassroots.graph.read.ReadPlan.Page;
import org.grassroots.graph.read.ReadPlan.Path;
import org.grassroots.graph.read.ReadPlan.Projection;
import org.grassroots.graph.read.ReadPlan.Single;
import org.grassroots.graph.read.ReadPlan.Sort;
import org.grassroots.graph.read.ReadPlan.Step;
import org.grassroots.graph.read.ReadPlan.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherReadsTests {

	private final CypherReads reads = new CypherReads(null,
			new org.springframework.beans.factory.support.StaticListableBeanFactory()
				.getBeanProvider(org.neo4j.graphdb.GraphDatabaseService.class));

	@Test
	void aDeputysPageIsOneStatementWithEveryValueAParameter() {
		String hostile = "x'}) DETACH DELETE n0 //";
		CypherReads.Rendered rendered = this.reads.render(deputy(hostile, 10, "RECEIVED"));

		assertThat(rendered.cypher()).contains("MATCH (n0:`Representative` {id: $v0}) RETURN")
			.contains("COLLECT {", "COUNT {", "ORDER BY n3Order DESC, n3.id DESC LIMIT $v")
			.doesNotContain(hostile, "DETACH", "RECEIVED", "'Representative'", "10");
		assertThat(rendered.parameters()).containsEntry("v0", hostile).containsValue(10).containsValue("RECEIVED");
	}

	@Test
	void plansOfTheSameShapeShareTheirStatementText() {
		CypherReads.Rendered one = this.reads.render(deputy("r-1", 10, "RECEIVED"));
		CypherReads.Rendered other = this.reads.render(deputy("r-2", 5, "CLOSED"));

		assertThat(other.cypher()).isSameAs(one.cypher());
		assertThat(other.parameters()).containsEntry("v0", "r-2").containsValue(5);
	}

	@Test
	void pathsFollowTheirStepsAnyNumberOfTimesWhereAsked() {
		ReadPlan village = new ReadPlan("Region", "v-1", new Projection(List
			.of(new Page("cases", Path.of(new Step("WITHIN", false, 0, null, "Region"), Step.in("LOCATED_IN", "Case")),
					new Sort("id", null, false), 3, false, new Projection(List.of(new Value("key", "id", null)))))));

		assertThat(this.reads.render(village).cypher())
			.contains("MATCH (n0)<-[:`WITHIN`*0..]-(:`Region`)<-[:`LOCATED_IN`]-(n1:`Case`)")
			.contains("ORDER BY n1.id ASC LIMIT $v1");
	}

	static ReadPlan deputy(String key, int size, String absentStatus) {
		Projection region = new Projection(List.of(new Value("name", "name", null)));
		Projection caseNode = new Projection(List.of(new Constant("__typename", "Case"), new Value("key", "id", null),
				new Value("status", "status", absentStatus),
				new Single("region", Path.of(Step.out("LOCATED_IN", "Region")), region)));
		return new ReadPlan("Representative", key,
				new Projection(List.of(new Constant("__typename", "Representative"), new Value("key", "id", null),
						new Value("name", "name", null),
						new All("stations", Path.of(Step.out("STATIONED_AT", "Station")),
								new Projection(List.of(new Value("name", "name", null)))),
						new Page("cases", Path.of(Step.out("RAISED", "Case")),
								new Sort("raisedOn", LocalDate.of(1, 1, 1), true), size, true, caseNode))));
	}

}
