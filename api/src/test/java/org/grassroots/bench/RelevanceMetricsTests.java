package org.grassroots.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelevanceMetricsTests {

	private static final Map<String, Integer> GRADES = Map.of("lights", 2, "heshan", 1);

	@Test
	void theIdealOrderScoresOneAndNoRelevantResultScoresZero() {
		assertThat(RelevanceMetrics.ndcg(List.of("lights", "heshan", "x"), GRADES, 5)).isEqualTo(1.0);
		assertThat(RelevanceMetrics.ndcg(List.of("x", "y"), GRADES, 5)).isZero();
		assertThat(RelevanceMetrics.ndcg(List.of(), GRADES, 5)).isZero();
	}

	@Test
	void aWorseOrderScoresLess() {
		// dcg = 1/log2(2) + 3/log2(3); ideal = 3 + 1/log2(3)
		double expected = (1 + 3 / (Math.log(3) / Math.log(2))) / (3 + 1 / (Math.log(3) / Math.log(2)));

		assertThat(RelevanceMetrics.ndcg(List.of("heshan", "lights"), GRADES, 5)).isCloseTo(expected, within(1e-9));
	}

	@Test
	void recallCountsTheRelevantAmongTheFirstK() {
		assertThat(RelevanceMetrics.recall(List.of("x", "lights", "y"), GRADES, 10)).isEqualTo(0.5);
		assertThat(RelevanceMetrics.recall(List.of("x", "lights", "heshan"), GRADES, 2)).isEqualTo(0.5);
	}

	@Test
	void theReciprocalRankIsThatOfTheFirstRelevantResult() {
		assertThat(RelevanceMetrics.reciprocalRank(List.of("x", "y", "heshan"), GRADES)).isCloseTo(1 / 3.0,
				within(1e-9));
		assertThat(RelevanceMetrics.reciprocalRank(List.of("x"), GRADES)).isZero();
	}

}
