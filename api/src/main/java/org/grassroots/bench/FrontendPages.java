package org.grassroots.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.api.paging.GlobalId;
import org.grassroots.graph.bench.BenchmarkSamples;

/**
 * The five pages a frontend sends, each for sample number {@code n} (the samples taken in
 * turn), as a GraphQL request over HTTP.
 */
final class FrontendPages {

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	static final LocalDate TO = LocalDate.of(2026, 3, 31);

	static final List<String> NAMES = List.of("station", "deputy", "village", "case list, page 2", "dashboard");

	private static final Pattern END_CURSOR = Pattern.compile("\"endCursor\":\"([^\"]+)\"");

	private static final Pattern KEY_AND_DAY = Pattern.compile("\"key\":\"([^\"]+)\",[^{}]*?\"raisedOn\":\"([^\"]+)\"");

	private final GraphQlHttp http;

	private final BenchmarkSamples samples;

	/**
	 * Per district with a second page: its key, the first page's end cursor, and the key
	 * and raising day of the first page's last case.
	 */
	private final List<String[]> pageTwos;

	FrontendPages(GraphQlHttp http, BenchmarkSamples samples) throws IOException, InterruptedException {
		this.http = http;
		this.samples = samples;
		this.pageTwos = pageTwos(samples.districts());
	}

	GraphQlHttp http() {
		return this.http;
	}

	BenchmarkSamples samples() {
		return this.samples;
	}

	List<String[]> pageTwos() {
		return this.pageTwos;
	}

	/**
	 * Whether page {@code index} is measured: {@code --bench.pages} names pages by the
	 * first word of their names ({@code station,case}); absent or empty, every page is.
	 */
	static boolean chosen(String pages, int index) {
		String word = NAMES.get(index).split(" ")[0];
		return pages.isBlank() || List.of(pages.split(",")).stream().map(String::strip).anyMatch(word::equals);
	}

	/** The GraphQL request for page {@code index} of {@link #NAMES}. */
	Map.Entry<String, Map<String, String>> request(int index, long n) {
		return switch (index) {
			case 0 -> Map.entry(Pages.STATION, Map.of("id", GlobalId.of("Station", pick(this.samples.stations(), n))));
			case 1 ->
				Map.entry(Pages.DEPUTY, Map.of("id", GlobalId.of("Representative", pick(this.samples.deputies(), n))));
			case 2 -> Map.entry(Pages.VILLAGE, Map.of("id", GlobalId.of("Region", pick(this.samples.villages(), n))));
			case 3 -> {
				String[] second = pick(this.pageTwos, n);
				yield Map.entry(Pages.CASE_LIST, Map.of("district", second[0], "from", FROM.toString(), "to",
						TO.toString(), "after", second[1]));
			}
			default -> Map.entry(Pages.DASHBOARD, Map.of("district", pick(this.samples.districts(), n)));
		};
	}

	/** Sends page {@code index} for sample {@code n}; throws unless it succeeds. */
	void send(int index, long n) throws IOException, InterruptedException {
		Map.Entry<String, Map<String, String>> request = request(index, n);
		this.http.post(request.getKey(), request.getValue());
	}

	private List<String[]> pageTwos(List<String> districts) throws IOException, InterruptedException {
		List<String[]> found = new ArrayList<>();
		for (String district : districts) {
			String first = this.http.post(Pages.CASE_LIST,
					Map.of("district", district, "from", FROM.toString(), "to", TO.toString()));
			Matcher cursor = END_CURSOR.matcher(first);
			Matcher last = KEY_AND_DAY.matcher(first);
			String[] lastCase = null;
			while (last.find()) {
				lastCase = new String[] { last.group(1), last.group(2) };
			}
			if (first.contains("\"hasNextPage\":true") && cursor.find() && lastCase != null) {
				found.add(new String[] { district, cursor.group(1), lastCase[0], lastCase[1] });
			}
		}
		return found;
	}

	static <T> T pick(List<T> samples, long n) {
		return samples.get((int) (n % samples.size()));
	}

}
