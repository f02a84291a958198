package org.grassroots.graph.bench;

import java.util.List;

/**
 * Keys the benchmark's pages are asked for, spread over the graph.
 *
 * @param stations centre stations that have deputies
 * @param deputies deputies who raised cases
 * @param villages villages and communities with cases
 * @param districts districts
 */
public record BenchmarkSamples(List<String> stations, List<String> deputies, List<String> villages,
		List<String> districts) {
}
