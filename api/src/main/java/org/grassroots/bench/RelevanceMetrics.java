package org.grassroots.bench;

import java.util.List;
import java.util.Map;

/**
 * The usual measures of a ranked result list against graded judgments (0 or absent: not
 * relevant, 1: helps, 2: the story asked for).
 */
final class RelevanceMetrics {

	private RelevanceMetrics() {
	}

	/**
	 * Normalised discounted cumulative gain of the first k results, gains 2^grade − 1: 1
	 * when the best stories come first in the best order, 0 when none is among them.
	 */
	static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
		double ideal = dcg(grades.values().stream().sorted((a, b) -> b - a).toList(), k);
		if (ideal == 0) {
			return 0;
		}
		return dcg(ranked.stream().map((id) -> grades.getOrDefault(id, 0)).toList(), k) / ideal;
	}

	private static double dcg(List<Integer> gains, int k) {
		double sum = 0;
		for (int i = 0; i < Math.min(k, gains.size()); i++) {
			sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return sum;
	}

	/** The share of the relevant stories among the first k results. */
	static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
		long relevant = grades.values().stream().filter((grade) -> grade > 0).count();
		if (relevant == 0) {
			return 0;
		}
		long found = ranked.stream().limit(k).filter((id) -> grades.getOrDefault(id, 0) > 0).count();
		return (double) found / relevant;
	}

	/** 1 / the rank of the first relevant result; 0 when there is none. */
	static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
		for (int i = 0; i < ranked.size(); i++) {
			if (grades.getOrDefault(ranked.get(i), 0) > 0) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

}
