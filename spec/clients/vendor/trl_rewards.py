# How TRL's GRPOTrainer reads a custom reward function's output, copied verbatim, for
# spec/clients/real-clients.spec.ts: None becomes NaN in a float32 tensor; a completion for which every
# reward function returned None is "unscorable" (left out of the group baseline, advantage 0).
#
# Source: https://github.com/huggingface/trl at f2cd57710ae345ea6428ae95363267fcf38a3dc8 (2026-07-24):
#   trl/trainer/grpo_trainer.py (_calculate_rewards, _generate_and_score_completions), trl/trainer/utils.py (nanstd)
# Copyright 2020-2026 The HuggingFace Team. All rights reserved. Licensed under the Apache License,
# Version 2.0 (see LICENSE-APACHE-2.0 in this folder); modifications: the lines are gathered into the
# function marked "mathgym".
import torch


def nanstd(tensor: torch.Tensor, dim: int | tuple[int, ...] | None = None, keepdim: bool = False) -> torch.Tensor:
    """
    Compute the standard deviation of a tensor, ignoring NaNs.

    Args:
        tensor (`torch.Tensor`):
            Input tensor.
        dim (`int` or `tuple[int, ...]`, *optional*):
            Dimension(s) to reduce. Defaults to all dimensions.
        keepdim (`bool`, *optional*, defaults to `False`):
            Whether to keep reduced dimensions.

    Returns:
        `torch.Tensor`:
            Standard deviation of the tensor, ignoring NaNs.
    """
    # Compute variance ignoring NaNs
    mean = torch.nanmean(tensor, dim=dim, keepdim=True)
    variance = torch.nanmean((tensor - mean) ** 2, dim=dim, keepdim=True)
    count = torch.sum(~torch.isnan(tensor), dim=dim, keepdim=True)  # count of non-NaN values
    correction = count / (count - 1)
    correction = torch.where(count > 1, correction, torch.full_like(correction, float("nan")))
    variance *= correction  # Bessel's correction
    std = torch.sqrt(variance)
    if keepdim:
        return std
    if dim is None:
        return std.squeeze()
    if isinstance(dim, int):
        return std.squeeze(dim)
    dims = [(d if d >= 0 else d + std.ndim) for d in dim]
    for d in sorted(dims, reverse=True):
        std = std.squeeze(d)
    return std


def score_group(reward_func, prompts, completions, completion_ids_list, reward_kwargs, num_generations):  # mathgym
    device = "cpu"
    rewards_per_func = torch.zeros(len(prompts), 1, device=device)
    i = 0
    output_reward_func = reward_func(
        prompts=prompts, completions=completions, completion_ids=completion_ids_list, **reward_kwargs
    )
    # Convert None values to NaN
    output_reward_func = [reward if reward is not None else torch.nan for reward in output_reward_func]
    rewards_per_func[:, i] = torch.tensor(output_reward_func, dtype=torch.float32, device=device)

    unscorable_mask = torch.isnan(rewards_per_func).all(dim=1)
    reward_weights = torch.ones(1)
    rewards = (rewards_per_func * reward_weights.to(device).unsqueeze(0)).nansum(dim=1)
    rewards[unscorable_mask] = torch.nan
    mean_grouped_rewards = torch.nanmean(rewards.view(-1, num_generations), dim=1)
    std_rewards = nanstd(rewards.view(-1, num_generations), dim=1)
    return rewards, unscorable_mask, mean_grouped_rewards, std_rewards
