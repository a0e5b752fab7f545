# verl's path from a custom reward function file to a score, copied verbatim, for
# spec/clients/real-clients.spec.ts: how verl loads custom_reward_function.path (load_module: a module
# name nothing can import), wraps it (partial(_call_with_kwargs, raw_fn, reward_kwargs)), ships it to
# Ray reward workers (RemoteRewardManager: Ray pickles it with cloudpickle), reads the result
# (RemoteRewardManager.run_single) and averages it in main_eval (process_item: np.mean).
#
# Source: https://github.com/volcengine/verl at b178a3cd56f58b2d502255daba591e92833930a7 (2026-01-29):
#   verl/utils/import_utils.py (load_module, load_extern_object), verl/trainer/ppo/reward.py
#   (_call_with_kwargs, get_custom_reward_fn), verl/experimental/reward_loop/reward_manager/remote.py
#   (RewardComputeWorker, run_single's result handling), verl/trainer/main_eval.py (process_item).
# Copyright 2024 Bytedance Ltd. and/or its affiliates. Licensed under the Apache License, Version 2.0
# (see LICENSE-APACHE-2.0 in this folder); modifications: Ray decorators and the config object are
# replaced by plain arguments, marked "mathgym".
import importlib
import importlib.util
import inspect
import os
from functools import partial
from typing import Optional

import numpy as np

PKG_PATH_PREFIX = "pkg://"
FILE_PATH_PREFIX = "file://"


def load_module(module_path: str, module_name: Optional[str] = None) -> object:
    """Load a module from a path.

    Args:
        module_path (str):
            The path to the module. Either
                - `pkg_path`, e.g.,
                    - "pkg://verl.utils.dataset.rl_dataset"
                    - "pkg://verl/utils/dataset/rl_dataset"
                - or `file_path` (absolute or relative), e.g.,
                    - "file://verl/utils/dataset/rl_dataset.py"
                    - "/path/to/verl/utils/dataset/rl_dataset.py"
        module_name (str, optional):
            The name of the module to added to ``sys.modules``. If not provided, the module will not be added,
                thus will not be cached and directly ``import``able.
    """
    if not module_path:
        return None

    if module_path.startswith(PKG_PATH_PREFIX):
        module_name = module_path[len(PKG_PATH_PREFIX) :].replace("/", ".")
        module = importlib.import_module(module_name)

    else:
        if module_path.startswith(FILE_PATH_PREFIX):
            module_path = module_path[len(FILE_PATH_PREFIX) :]

        if not os.path.exists(module_path):
            raise FileNotFoundError(f"Custom module file not found: {module_path=}")

        # Use the provided module_name for the spec, or derive a unique name to avoid collisions.
        spec_name = module_name or f"custom_module_{hash(os.path.abspath(module_path))}"
        spec = importlib.util.spec_from_file_location(spec_name, module_path)
        if spec is None or spec.loader is None:
            raise ImportError(f"Could not load module from {module_path=}")

        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as e:
            raise RuntimeError(f"Error loading module from {module_path=}") from e

        if module_name is not None:
            import sys

            # Avoid overwriting an existing module with a different object.
            if module_name in sys.modules and sys.modules[module_name] is not module:
                raise RuntimeError(
                    f"Module name '{module_name}' already in `sys.modules` and points to a different module."
                )
            sys.modules[module_name] = module

    return module


def load_extern_object(module_path: str, object_name: str) -> object:
    """Load an object from a module path.

    Args:
        module_path (str): See :func:`load_module`.
        object_name (str):
            The name of the object to load with ``getattr(module, object_name)``.
    """
    module = load_module(module_path)

    if not hasattr(module, object_name):
        raise AttributeError(f"Object not found in module: {object_name=}, {module_path=}.")

    return getattr(module, object_name)


def _call_with_kwargs(raw_fn, extra_kwargs, *args, **kwargs):
    """Calls `raw_fn` by merging `extra_kwargs` into call-time `kwargs`, with `extra_kwargs` taking precedence.

    This function is used to merge additional keyword arguments with the original function's arguments.
    """
    merged_kwargs = {**kwargs, **extra_kwargs}
    return raw_fn(*args, **merged_kwargs)


def get_custom_reward_fn(reward_fn_config: dict):  # mathgym: the custom_reward_function section itself
    module_path = reward_fn_config.get("path")
    if not module_path:
        return None

    fn_name = reward_fn_config.get("name")
    assert fn_name is not None

    raw_fn = load_extern_object(module_path=module_path, object_name=fn_name)

    reward_kwargs = dict(reward_fn_config.get("reward_kwargs", {}))
    if not inspect.iscoroutinefunction(raw_fn):
        return partial(_call_with_kwargs, raw_fn, reward_kwargs)


class RewardComputeWorker:  # mathgym: @ray.remote(num_cpus=1) in verl; Ray cloudpickles compute_score_fn
    """
    WARNING: This class cannot have async methods.
    """

    def __init__(self, compute_score_fn):
        # since the reward function may not be pickleable, we need to init it in the worker
        self.compute_score_fn = compute_score_fn

    def compute_score(self, **kwargs) -> dict:
        return self.compute_score_fn(**kwargs)


def run_single_result(result):  # mathgym: the result handling of RemoteRewardManager.run_single
    reward_extra_info = {}

    score: float
    if isinstance(result, dict):
        score = result["score"]
        for key, value in result.items():
            reward_extra_info[key] = value
    else:
        score = result
        reward_extra_info["acc"] = score

    reward = score

    return {"reward_score": reward, "reward_extra_info": reward_extra_info}


def process_item(reward_fn_config, data_source, response_lst, reward_data):  # mathgym: main_eval, without @ray.remote
    reward_fn = get_custom_reward_fn(reward_fn_config)
    ground_truth = reward_data["ground_truth"]
    score_lst = [reward_fn(data_source, r, ground_truth) for r in response_lst]
    return data_source, np.mean(score_lst)
