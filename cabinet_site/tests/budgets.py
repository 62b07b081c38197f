"""Query budgets: the queries a page takes with what there is, then with more of it."""


def measure_twice(count_queries, url, params, add_more):
    """(queries before, queries after `add_more()`, response before, response after).

    Each count is of a second view: the first fills what a process reads once (content types,
    image renditions made on the first view).
    """
    count_queries(url, params)
    few, response = count_queries(url, params)
    add_more()
    count_queries(url, params)
    more, response_with_more = count_queries(url, params)
    return few, more, response, response_with_more
