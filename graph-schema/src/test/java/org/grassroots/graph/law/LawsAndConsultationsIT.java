package org.grassroots.graph.law;

import java.util.List;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.paging.Seek;
import org.grassroots.graph.station.Grid;
import org.grassroots.graph.station.GridFilter;
import org.grassroots.graph.station.GridRelation;
import org.grassroots.graph.station.GridSize;
import org.grassroots.graph.station.Grids;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class LawsAndConsultationsIT extends Neo4jIntegrationTest {

	@Autowired
	Laws laws;

	@Autowired
	Consultations consultations;

	@Autowired
	Grids grids;

	@Test
	void draftsAreFoundByKindAndTitle() {
		var drafts = new LawFilter(LawKind.DRAFT, "农业", null);

		assertThat(this.laws.page(drafts, LawFilter.SORTS.get("TITLE").ascending(), Seek.first(10)).items())
			.extracting(Law::id)
			.containsExactly("law-agriculture-draft");
		assertThat(this.laws.count(new LawFilter(null, null, "st-jianghai-legislative"))).isEqualTo(1);
	}

	@Test
	void aConsultationWithoutRecordedFiguresCountsItsOpinionsInTheGraph() {
		Consultation agriculture = this.consultations.findByIds(List.of("cons-agriculture-law-jianghai")).getFirst();

		assertThat(agriculture.lawId()).isEqualTo("law-agriculture-draft");
		assertThat(agriculture.stationId()).isEqualTo("st-jianghai-legislative");
		assertThat(agriculture.opinionsSubmitted()).isEqualTo(1);
		assertThat(agriculture.opinionsAdopted()).isZero();
	}

	@Test
	void talliesGroupOpinionsPerLawAndPerContactPoint() {
		var byLaw = this.consultations.tallies(ConsultationFilter.ALL, ConsultationTally.Grouping.LAW);
		var byContactPoint = this.consultations.tallies(ConsultationFilter.ALL,
				ConsultationTally.Grouping.CONTACT_POINT);

		assertThat(byLaw).contains(new ConsultationTally("law-agriculture-draft", "中华人民共和国农业法（修订草案）", 1, 1, 0));
		assertThat(byContactPoint).extracting(ConsultationTally::key).contains("st-jianghai-legislative");
	}

	@Test
	void theAdoptionRateIsAdoptedOverSubmittedAndZeroWithoutOpinions() {
		assertThat(new ConsultationTally("k", "l", 148, 5812, 611).adoptionRate()).isBetween(0.105, 0.106);
		assertThat(new ConsultationTally("k", "l", 1, 0, 0).adoptionRate()).isZero();
	}

	@Test
	void aVillagesGridsIncludeSmallGridsOnceAndAStationsGridsWhatItCovers() {
		var nancun = this.grids.pagesOf(GridRelation.WITHIN, List.of("jm-pengjiang-hetang-nancun"), GridFilter.ALL,
				GridFilter.SORTS.byKey(), Seek.first(10));
		var small = new GridFilter(GridSize.SMALL, null, "st-pengjiang-hetang-center", null);

		assertThat(nancun.get("jm-pengjiang-hetang-nancun").items()).extracting(Grid::id)
			.containsExactly("grid-nancun", "grid-nancun-shilian");
		assertThat(this.grids.countsOf(GridRelation.WITHIN, List.of("jm-pengjiang-hetang-nancun"), GridFilter.ALL))
			.containsEntry("jm-pengjiang-hetang-nancun", 2L);
		assertThat(this.grids.page(small, GridFilter.SORTS.byKey(), Seek.first(10)).items()).extracting(Grid::parentId)
			.containsExactly("grid-nancun");
	}

}
