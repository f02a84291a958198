package org.grassroots.graph.demo;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.cases.CaseKind;
import org.grassroots.graph.cases.Cases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataIT extends Neo4jIntegrationTest {

	@Autowired
	DemoData demoData;

	@Autowired
	Cases cases;

	@Test
	void theDemoCasesAreLoadedAtStartUp() {
		assertThat(this.cases.count()).isGreaterThanOrEqualTo(DemoData.readCases().size());
	}

	@Test
	void loadingTwiceChangesNothing() {
		long before = this.cases.count();

		assertThat(this.demoData.load()).isZero();
		assertThat(this.cases.count()).isEqualTo(before);
	}

	@Test
	void theNancunStreetLightsKeepTheSeedFigures() {
		var lights = this.cases.findById("pengjiang-nancun-solar-street-lights").orElseThrow();

		assertThat(lights.kind()).isEqualTo(CaseKind.MICRO_PROJECT);
		assertThat(lights.place()).isEqualTo("蓬江区荷塘镇南村村");
		assertThat(lights.narrative()).contains("22盏太阳能路灯", "惠及120余户村民");
		assertThat(lights.source()).isEqualTo("seeds/000_76b5a26ddaf58eeb.txt");
	}

	@Test
	void theWenyuanDrainageRepairWasFundedWith180000Yuan() {
		assertThat(this.cases.findById("jianghai-wenyuan-drainage-renovation").orElseThrow().narrative())
			.contains("18万元");
	}

}
