package org.grassroots.graph.station;

import java.util.List;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.representative.CongressLevel;
import org.grassroots.graph.representative.Representative;
import org.grassroots.graph.representative.RepresentativeFilter;
import org.grassroots.graph.representative.Representatives;
import org.grassroots.graph.paging.Seek;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class StationsAndRepresentativesIT extends Neo4jIntegrationTest {

	@Autowired
	Stations stations;

	@Autowired
	Representatives representatives;

	@Test
	void stationsAreFilteredByKindAndRegionBelow() {
		var jianghai = new StationFilter(null, "jm-jianghai", null, null);
		var enterprises = new StationFilter(StationKind.ENTERPRISE, "jm", null, null);

		assertThat(this.stations.page(jianghai, StationFilter.SORTS.byKey(), Seek.first(20)).items())
			.extracting(Station::id)
			.containsExactly("st-jianghai-foreign-affairs", "st-jianghai-legislative", "st-jianghai-liaison-center",
					"st-jianghai-wenyuan");
		assertThat(this.stations.count(enterprises)).isEqualTo(2);
	}

	@Test
	void deputiesAreFilteredByLevelAndByWhereTheyServe() {
		var townshipInHetang = new RepresentativeFilter(CongressLevel.TOWNSHIP, "jm-pengjiang-hetang", null, null);
		var cityInPengjiang = new RepresentativeFilter(CongressLevel.CITY, "jm-pengjiang", null, null);

		assertThat(this.representatives
			.page(townshipInHetang, RepresentativeFilter.SORTS.get("NAME").descending(), Seek.first(10))
			.items()).extracting(Representative::name).containsExactly("张苑", "何彩燕");
		assertThat(this.representatives
			.page(cityInPengjiang, RepresentativeFilter.SORTS.get("NAME").descending(), Seek.first(10))
			.items()).extracting(Representative::name).containsExactly("潘爱娟");
	}

	@Test
	void theJianghaiContactPointAdoptedAboutOneOpinionInTen() {
		Station jianghai = this.stations.findByIds(List.of("st-jianghai-legislative")).getFirst();

		assertThat(jianghai.consultationRecord())
			.isEqualTo(new Station.ConsultationRecord("2026-05-31", 148, 5812, 611));
		assertThat(jianghai.consultationRecord().adoptionRate()).isCloseTo(0.105,
				org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void relationsComeInOneQueryPerDirection() {
		assertThat(this.representatives.ofStations(List.of("st-pengjiang-hetang-center"))
			.get("st-pengjiang-hetang-center")).hasSize(3);
		assertThat(this.stations.ofRepresentatives(List.of("rep-you-yuanyuan")).get("rep-you-yuanyuan"))
			.extracting(Station::kind)
			.containsExactly(StationKind.ENTERPRISE);
		assertThat(this.stations.ofCases(List.of("jianghai-wenyuan-drainage-renovation")))
			.containsKey("jianghai-wenyuan-drainage-renovation");
	}

}
