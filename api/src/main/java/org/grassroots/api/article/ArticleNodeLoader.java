package org.grassroots.api.article;

import java.util.List;
import java.util.Optional;

import org.grassroots.api.node.NodeLoader;
import org.grassroots.graph.article.ArticleStore;

import org.springframework.stereotype.Component;

@Component
class ArticleNodeLoader implements NodeLoader {

	private final ArticleStore articles;

	ArticleNodeLoader(ArticleStore articles) {
		this.articles = articles;
	}

	@Override
	public String type() {
		return ArticleController.NODE_TYPE;
	}

	@Override
	public Optional<Object> load(String key) {
		return this.articles.findByIds(List.of(key)).stream().findFirst().map(Article::of);
	}

}
