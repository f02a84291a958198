package org.grassroots.graph.region;

import java.util.List;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Seek;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RegionsIT extends Neo4jIntegrationTest {

	@Autowired
	Regions regions;

	private static final Order KEY = RegionFilter.SORTS.byKey();

	@Test
	void theTownsOfADistrictAreListedInKeyOrder() {
		var towns = new RegionFilter(RegionLevel.TOWN, "jm-jianghai", null);

		assertThat(this.regions.page(towns, KEY, Seek.first(10)).items()).extracting(Region::name)
			.containsExactly("江南街道", "礼乐街道", "外海街道");
		assertThat(this.regions.count(towns)).isEqualTo(3);
	}

	@Test
	void everythingBelowARegionIsWithinIt() {
		var belowJianghai = new RegionFilter(null, "jm-jianghai", null);

		assertThat(this.regions.count(belowJianghai)).isEqualTo(3 + 3);
		assertThat(this.regions.page(new RegionFilter(null, null, "社区"), KEY, Seek.first(100)).items())
			.allSatisfy((region) -> assertThat(region.level()).isEqualTo(RegionLevel.VILLAGE));
	}

	@Test
	void aRegionKnowsItsParentAndCodeAndACaseItsRegion() {
		assertThat(this.regions.findByIds(List.of("jm-jianghai"))).singleElement()
			.isEqualTo(new Region("jm-jianghai", "江海区", RegionLevel.DISTRICT, "区", "440704", "jm"));
		assertThat(this.regions.ofCases(List.of("pengjiang-nancun-solar-street-lights"))).hasEntrySatisfying(
				"pengjiang-nancun-solar-street-lights",
				(region) -> assertThat(region.parentId()).isEqualTo("jm-pengjiang-hetang"));
	}

	@Test
	void pagingBackwardsGivesTheItemsJustBeforeInKeyOrder() {
		var towns = new RegionFilter(RegionLevel.TOWN, "jm", null);
		var forwards = this.regions.page(towns, KEY, Seek.first(100)).items();

		var last = this.regions.page(towns, KEY, new Seek(true, null, 3));
		var beforeThose = this.regions.page(towns, KEY, new Seek(true, last.positions().getFirst(), 100));

		assertThat(last.items()).isEqualTo(forwards.subList(22, 25));
		assertThat(last.hasNext()).isTrue();
		assertThat(beforeThose.items()).isEqualTo(forwards.subList(0, 22));
		assertThat(beforeThose.hasNext()).isFalse();
	}

	@Test
	void pagesFollowEachOtherWithoutGapsOrRepeats() {
		var first = this.regions.page(new RegionFilter(RegionLevel.TOWN, "jm", null), KEY, Seek.first(10));
		var second = this.regions.page(new RegionFilter(RegionLevel.TOWN, "jm", null), KEY,
				Seek.after(first.lastPosition(), 100));

		assertThat(first.hasNext()).isTrue();
		assertThat(first.items().size() + second.items().size()).isEqualTo(25);
		assertThat(second.hasNext()).isFalse();
	}

}
