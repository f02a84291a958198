package org.grassroots.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.grassroots.api.paging.GlobalId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The visitor's pages: the front page and search results at {@code /}, a story at
 * {@code /articles/{slug}}, a district's stories at {@code /districts/{key}}. Rendered on
 * the server, so that search engines and slow phones get the text; a little script adds
 * suggestions while typing. Nothing is cached: a takedown leaves the pages as soon as it
 * leaves the API.
 */
@Controller
class ShowcasePages {

	/**
	 * The facets a visitor narrows by, as query parameters and the API's filter fields.
	 */
	private static final Map<String, String> FACETS = facets();

	private static final Map<String, String> HEADINGS = Map.of("district", "区", "town", "镇街", "kind", "类别", "year",
			"年份");

	private final SiteGraphQl graphQl;

	ShowcasePages(SiteGraphQl graphQl) {
		this.graphQl = graphQl;
	}

	@GetMapping("/")
	String search(@RequestParam(name = "q", required = false) @Nullable String q,
			@RequestParam(name = "after", required = false) @Nullable String after,
			@RequestParam MultiValueMap<String, String> parameters, Model model, HttpServletResponse response) {
		noStore(response);
		String text = (q != null) ? q.strip() : "";
		if (text.isEmpty()) {
			model.addAttribute("home", this.graphQl.query("home", Map.of()));
			return page(model, "home", "首页", "");
		}
		Map<String, @Nullable Object> filter = new HashMap<>();
		Map<String, List<String>> chosen = new LinkedHashMap<>();
		FACETS.forEach((parameter, field) -> {
			List<String> values = parameters.getOrDefault(parameter, List.of())
				.stream()
				.filter((value) -> !value.isBlank())
				.toList();
			if (!values.isEmpty()) {
				chosen.put(parameter, values);
				filter.put(field, field.equals("years") ? years(values) : values);
			}
		});
		Map<String, @Nullable Object> variables = new HashMap<>();
		variables.put("q", text);
		variables.put("filter", filter.isEmpty() ? null : filter);
		variables.put("after", after);
		Map<String, Object> data = this.graphQl.query("search", variables);
		model.addAttribute("result", data.get("searchArticles"));
		model.addAttribute("links", new SearchLinks(text, chosen));
		model.addAttribute("facets", facetGroups(data.get("searchArticles")));
		return page(model, "search", text + " 的搜索结果", text);
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, Model model, HttpServletResponse response) {
		noStore(response);
		Map<String, Object> data = this.graphQl.query("article", Map.of("slug", slug));
		if (!(data.get("article") instanceof Map<?, ?> found)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Map<?, ?> article = (Map<?, ?>) found.get("article");
		if (Boolean.TRUE.equals(found.get("redirected"))) {
			response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
			response.setHeader("Location", "/articles/" + encode(String.valueOf(article.get("slug"))));
			return "site/moved";
		}
		model.addAttribute("article", article);
		return page(model, "article", String.valueOf(article.get("title")), "");
	}

	/**
	 * A working revision as visitors will see it, for whoever holds the signed link;
	 * never indexed by search engines.
	 */
	@GetMapping("/preview/{token}")
	String preview(@PathVariable String token, Model model, HttpServletResponse response) {
		noStore(response);
		response.setHeader("X-Robots-Tag", "noindex");
		Map<String, Object> data = this.graphQl.query("preview", Map.of("token", token));
		if (!(data.get("articlePreview") instanceof Map<?, ?> preview)
				|| !(preview.get("revision") instanceof Map<?, ?> revision)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Map<String, @Nullable Object> article = new HashMap<>();
		article.put("slug", revision.get("slug"));
		article.put("title", revision.get("title"));
		article.put("standfirst", revision.get("standfirst"));
		article.put("bodyHtml", revision.get("bodyHtml"));
		article.put("tags", revision.get("tags"));
		article.put("publishedAt", revision.get("savedAt"));
		article.put("case", null);
		article.put("related", null);
		model.addAttribute("article", article);
		model.addAttribute("preview", true);
		return page(model, "article", "预览：" + revision.get("title"), "");
	}

	@GetMapping("/districts/{key}")
	String district(@PathVariable String key, @RequestParam(name = "after", required = false) @Nullable String after,
			Model model, HttpServletResponse response) {
		noStore(response);
		Map<String, @Nullable Object> variables = new HashMap<>();
		variables.put("id", GlobalId.of("Region", key));
		variables.put("key", key);
		variables.put("after", after);
		Map<String, Object> data = this.graphQl.query("district", variables);
		if (!(data.get("node") instanceof Map<?, ?> region) || !"DISTRICT".equals(region.get("level"))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("region", region);
		model.addAttribute("articles", data.get("articles"));
		return page(model, "district", String.valueOf(region.get("name")), "");
	}

	/** A page the API refused or does not hold, in the site's own words. */
	@ExceptionHandler(ResponseStatusException.class)
	String refused(ResponseStatusException ex, Model model, HttpServletResponse response) {
		noStore(response);
		response.setStatus(ex.getStatusCode().value());
		model.addAttribute("status", ex.getStatusCode().value());
		model.addAttribute("reason", ex.getReason());
		return page(model, "error", (ex.getStatusCode().value() == 404) ? "找不到页面" : "出错了", "");
	}

	/** The facets with values to offer, in the order the page shows them. */
	private static List<FacetGroup> facetGroups(@Nullable Object result) {
		List<FacetGroup> groups = new ArrayList<>();
		if (result instanceof Map<?, ?> found && found.get("facets") instanceof Map<?, ?> facets) {
			FACETS.forEach((parameter, field) -> {
				if (facets.get(field) instanceof List<?> values && !values.isEmpty()) {
					groups.add(new FacetGroup(parameter, HEADINGS.get(parameter), values));
				}
			});
		}
		return groups;
	}

	/**
	 * One facet's values on a results page.
	 *
	 * @param parameter the query parameter that chooses a value
	 * @param heading what the page calls the facet
	 * @param values each value with its label and count
	 */
	record FacetGroup(String parameter, String heading, List<?> values) {
	}

	/**
	 * Every page in the site's layout: the head, the search bar, the view, the footer.
	 */
	private static String page(Model model, String view, String title, String query) {
		model.addAttribute("view", "site/" + view);
		model.addAttribute("title", title);
		model.addAttribute("q", query);
		return "site/layout";
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
	}

	private static List<Integer> years(List<String> values) {
		List<Integer> years = new ArrayList<>();
		for (String value : values) {
			try {
				years.add(Integer.parseInt(value));
			}
			catch (NumberFormatException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be a number, was '"
						+ ((value.length() > 20) ? value.substring(0, 20) + "…" : value) + "'");
			}
		}
		return years;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Map<String, String> facets() {
		Map<String, String> facets = new LinkedHashMap<>();
		facets.put("district", "districts");
		facets.put("town", "towns");
		facets.put("kind", "kinds");
		facets.put("year", "years");
		return facets;
	}

	/**
	 * Links of a results page: each facet value toggled, the next page.
	 *
	 * @param q the query
	 * @param chosen the chosen values per facet parameter
	 */
	record SearchLinks(String q, Map<String, List<String>> chosen) {

		/** Whether the value of the facet narrows the results now. */
		public boolean chosen(String facet, String value) {
			return this.chosen.getOrDefault(facet, List.of()).contains(value);
		}

		/** The results with the value of the facet added, or taken away when chosen. */
		public String toggle(String facet, String value) {
			Map<String, List<String>> next = new LinkedHashMap<>(this.chosen);
			List<String> values = new ArrayList<>(next.getOrDefault(facet, List.of()));
			if (!values.remove(value)) {
				values.add(value);
			}
			next.put(facet, values);
			return url(next, null);
		}

		/** The page after the cursor, under the same query and filters. */
		public String after(String cursor) {
			return url(this.chosen, cursor);
		}

		/** The results for other words, without filters. */
		public String query(String words) {
			return "/?q=" + encode(words);
		}

		private String url(Map<String, List<String>> facets, @Nullable String after) {
			StringBuilder url = new StringBuilder("/?q=").append(encode(this.q));
			facets.forEach((facet, values) -> values
				.forEach((value) -> url.append('&').append(facet).append('=').append(encode(value))));
			if (after != null) {
				url.append("&after=").append(encode(after));
			}
			return url.toString();
		}

	}

}
