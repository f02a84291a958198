package org.grassroots.search.local;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LocalElasticsearchIT {

	@TempDir
	Path home;

	@Test
	void aServerLeftOverOnTheSameHomeIsStoppedAndNoProcessOutlivesClose() {
		LocalElasticsearch crashedRun = LocalElasticsearch.start(settings());
		long leftoverProcesses = processesOf(this.home);

		try (LocalElasticsearch next = LocalElasticsearch.start(settings())) {
			assertThat(leftoverProcesses).isPositive();
			assertThat(crashedRun.isRunning()).isFalse();
			assertThat(next.isRunning()).isTrue();
			assertThat(next.httpUri().getHost()).isEqualTo("127.0.0.1");
		}
		finally {
			crashedRun.close();
		}
		assertThat(processesOf(this.home)).isZero();
	}

	private LocalElasticsearchSettings settings() {
		Path distribution = Path
			.of(System.getProperty("grassroots.elasticsearch.distribution-dir", "target/elasticsearch"));
		return new LocalElasticsearchSettings(distribution, this.home, "256m", 0, Duration.ofMinutes(3));
	}

	private static long processesOf(Path home) {
		String installation = "-Des.path.home=" + home.toAbsolutePath().resolve("dist");
		return ProcessHandle.allProcesses()
			.filter((process) -> process.info().commandLine().map((line) -> line.contains(installation)).orElse(false))
			.count();
	}

}
