"""A user's plugin, as a team would ship it: predicates named by their own YAML policies."""

from srm_lint.model import Hit


def bucket_name_prefix(resource, graph, params):
    name = resource.properties.get("name")
    if name is None or name.unknown:
        return
    if not str(name.value).startswith(params["prefix"]):
        yield Hit("fail", name.location, f"bucket name {name.value!r} lacks the {params['prefix']!r} prefix")


PREDICATES = {"acme.bucket_name_prefix": bucket_name_prefix}
PLUGIN = {"PREDICATES": PREDICATES}  # the same table, named as module:object
