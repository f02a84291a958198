// The endpoint sits beside this page's folder, whatever the context path.
const endpoint = new URL('../graphql', document.currentScript.src).toString();

const welcome = `# Grassroots GraphQL. Open "Docs" (top left) for every type and field.
#
# Staff: run signIn, then add the token under "Headers":
#   { "Authorization": "Bearer <token>" }

query FirstCases {
  cases(first: 5) {
    totalCount
    edges { cursor node { id key title place kind status } }
    pageInfo { hasNextPage endCursor }
  }
}

query Search {
  searchArticles(query: "路灯", first: 5) {
    totalCount
    hits { article { title slug publishedAt } highlights { field fragments } }
  }
}

mutation SignIn {
  signIn(input: { username: "admin", password: "" }) { token expiresAt roles }
}

mutation Publish {
  publishCase(input: { caseId: "Q2FzZTpwZW5namlhbmctbmFuY3VuLXNvbGFyLXN0cmVldC1saWdodHM" }) {
    article { id slug title }
  }
}
`;

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: endpoint }),
    defaultQuery: welcome,
    headerEditorEnabled: true,
    shouldPersistHeaders: true,
  }),
);
