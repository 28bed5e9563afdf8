"""Service responsibility profiles (policies/data/service_profiles.yaml): for each AWS service,
what AWS secures and what stays with the customer, so reports can say why a duty is the
customer's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from .policies import bundled_policy_dir

# services whose canonical kinds use another name than the profile table
ALIASES = {"elb": "elasticloadbalancing", "lb": "elasticloadbalancing", "alb": "elasticloadbalancing",
           "apigatewayv2": "apigateway", "waf": "wafv2", "cloudwatchlogs": "logs", "autoscaling": "ec2",
           "vpc": "ec2", "ebs": "ec2", "stepfunctions": "lambda", "sfn": "lambda", "states": "lambda"}


@dataclass(frozen=True)
class ServiceProfile:
    service: str
    name: str
    model: str  # IaaS | PaaS | SaaS | account
    aws_class: str  # infrastructure | container | abstracted | ""
    aws: str
    customer: str
    categories: tuple[str, ...]

    def summary(self) -> str:
        model = f"{self.model}, {self.aws_class}" if self.aws_class else self.model
        return f"{self.name} ({model}): AWS secures {self.aws}; the customer owns {self.customer}."


@lru_cache(maxsize=1)
def profiles() -> dict[str, ServiceProfile]:
    path = bundled_policy_dir() / "data" / "service_profiles.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {key: ServiceProfile(key, value["name"], value["model"], value.get("aws_class", ""), value["aws"],
                                value["customer"], tuple(value["categories"]))
            for key, value in data["services"].items()}


def service_of(kind: str) -> str:
    """`aws.s3.bucket` → `s3`."""
    parts = kind.split(".")
    service = parts[1] if len(parts) > 2 else kind
    return ALIASES.get(service, service)


def profile_for(kind: str) -> ServiceProfile | None:
    return profiles().get(service_of(kind))
