package org.grassroots.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.grassroots.graph.bench.BenchmarkSamples;

/**
 * Asks the {@link RawEndpoint} for the benchmark's pages, one connection kept per client
 * thread as the GraphQL client does.
 */
final class RawHttp {

	private final PlainHttp client;

	RawHttp(int port) {
		this.client = new PlainHttp(port);
	}

	/** The five pages, in {@link FrontendPages#NAMES}' order, for sample {@code n}. */
	List<Load.Request> pages(BenchmarkSamples samples, List<String[]> pageTwos) {
		return List.of((n) -> get("/station?id=" + encoded(FrontendPages.pick(samples.stations(), n))),
				(n) -> get("/deputy?id=" + encoded(FrontendPages.pick(samples.deputies(), n))),
				(n) -> get("/village?id=" + encoded(FrontendPages.pick(samples.villages(), n))), (n) -> {
					String[] second = FrontendPages.pick(pageTwos, n);
					get("/case-list?district=" + encoded(second[0]) + "&from=" + FrontendPages.FROM + "&to="
							+ FrontendPages.TO + "&afterRaisedOn=" + second[3] + "&afterId=" + encoded(second[2]));
				}, (n) -> get("/dashboard?district=" + encoded(FrontendPages.pick(samples.districts(), n))));
	}

	private void get(String path) throws IOException {
		PlainHttp.Response response = this.client.get(path);
		if (response.status() != 200 || response.body().length() < 3) {
			throw new IllegalStateException("The raw endpoint answered " + response.status() + " to " + path);
		}
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
