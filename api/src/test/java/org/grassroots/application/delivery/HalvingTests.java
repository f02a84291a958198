package org.grassroots.application.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HalvingTests {

	private final List<Integer> done = new ArrayList<>();

	private final List<Long> pauses = new ArrayList<>();

	@Test
	void aBatchThatRunsOutOfTimeIsDoneInHalvesUntilTheHalvesFinish() throws InterruptedException {
		// The store finishes at most 300 articles in time
		Halving<String, Map<String, String>> halving = halving((batch) -> {
			if (batch.size() > 300) {
				throw new Slow();
			}
			this.done.add(batch.size());
			return Map.of();
		});

		assertThat(halving.apply(articles(1000))).isEmpty();

		assertThat(this.done).containsExactly(250, 250, 250, 250);
		assertThat(this.pauses).isEmpty();
	}

	@Test
	void aSmallBatchIsTriedAgainAfterGrowingPausesAndWhatEachPartGaveIsKept() throws InterruptedException {
		int[] calls = { 0 };
		Halving<String, Map<String, String>> halving = halving((batch) -> {
			if (++calls[0] <= 2) {
				throw new Slow();
			}
			this.done.add(batch.size());
			return Map.of(batch.getFirst(), "mapper_parsing_exception");
		});

		assertThat(halving.apply(articles(60))).containsOnlyKeys("a0000");

		assertThat(this.done).containsExactly(60);
		assertThat(this.pauses).containsExactly(500L, 1000L);
	}

	@Test
	void aStoreThatKeepsRunningOutOfTimeStopsTheRebuildAtTheFirstPartThatNeverFinishes() {
		Halving<String, Map<String, String>> halving = halving((batch) -> {
			throw new Slow();
		});

		assertThatExceptionOfType(Slow.class).isThrownBy(() -> halving.apply(articles(200)));
		// Halved twice to 50 articles, tried four times with growing pauses
		assertThat(this.pauses).containsExactly(500L, 1000L, 2000L);
	}

	@Test
	void anyOtherFailureIsNotTriedAgain() {
		Halving<String, Map<String, String>> halving = halving((batch) -> {
			this.done.add(batch.size());
			throw new IllegalArgumentException("a mapping conflict");
		});

		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> halving.apply(articles(1000)));
		assertThat(this.done).containsExactly(1000);
		assertThat(this.pauses).isEmpty();
	}

	private Halving<String, Map<String, String>> halving(
			java.util.function.Function<List<String>, Map<String, String>> step) {
		return new Halving<>("Writing", step, (a, b) -> {
			Map<String, String> both = new HashMap<>(a);
			both.putAll(b);
			return both;
		}, Slow.class::isInstance, this.pauses::add);
	}

	private static List<String> articles(int count) {
		return IntStream.range(0, count).mapToObj((n) -> "a%04d".formatted(n)).toList();
	}

	private static final class Slow extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

}
