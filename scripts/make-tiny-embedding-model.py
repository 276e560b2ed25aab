#!/usr/bin/python3
"""Builds the tiny sentence-embedding model that tests the neural embedder's loading code.

No real multilingual model can be downloaded on these machines, so the project makes its own:
a BERT-shaped ONNX graph (token embeddings -> tanh -> last_hidden_state) with a WordPiece
tokenizer over a few dozen French and English words. Words that translate each other share
a direction, so a test can check that the neural path sees "crue" close to "flood", which the
lexical embedder cannot. Run with Debian's python3-onnx:

    /usr/bin/python3 scripts/make-tiny-embedding-model.py tests/fixtures/tiny-embedding-model
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

DIMENSIONS = 16
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
# Each group is one concept; its words (French and English, accents folded) share a vector.
CONCEPTS = [
    ["flood", "floods", "crue", "inondation", "inondations"],
    ["river", "riviere", "brenne"],
    ["evacuated", "evacues", "evacuation", "leave", "homes"],
    ["mayor", "maire"],
    ["firefighters", "pompiers"],
    ["night", "nuit"],
    ["school", "schools", "ecole", "ecoles"],
    ["football", "championnat", "match", "stade"],
    ["soldiers", "soldats", "troops", "troupes"],
    ["the", "le", "la", "les", "de", "des", "a", "of"],
]


def build(folder: str) -> None:
    rng = np.random.default_rng(20250314)
    vocab = list(SPECIAL)
    rows = [np.zeros(DIMENSIONS) for _ in SPECIAL]
    for concept in CONCEPTS:
        direction = rng.normal(size=DIMENSIONS)
        for word in concept:
            vocab.append(word)
            rows.append(direction + rng.normal(scale=0.05, size=DIMENSIONS))
    table = np.array(rows, dtype=np.float32)

    input_ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"])
    mask = helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "sequence"])
    output = helper.make_tensor_value_info(
        "last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", DIMENSIONS]
    )
    graph = helper.make_graph(
        [
            helper.make_node("Gather", ["embeddings", "input_ids"], ["gathered"], axis=0),
            helper.make_node("Tanh", ["gathered"], ["last_hidden_state"]),
        ],
        "tiny-sentence-embedding",
        [input_ids, mask],
        [output],
        initializer=[numpy_helper.from_array(table, name="embeddings")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)

    os.makedirs(os.path.join(folder, "onnx"), exist_ok=True)
    onnx.save(model, os.path.join(folder, "onnx", "model.onnx"))
    write_json(folder, "config.json", {
        "model_type": "bert",
        "architectures": ["BertModel"],
        "hidden_size": DIMENSIONS,
        "vocab_size": len(vocab),
        "max_position_embeddings": 128,
    })
    write_json(folder, "tokenizer_config.json", {
        "tokenizer_class": "BertTokenizer",
        "do_lower_case": True,
        "model_max_length": 128,
        "cls_token": "[CLS]",
        "sep_token": "[SEP]",
        "pad_token": "[PAD]",
        "unk_token": "[UNK]",
    })
    write_json(folder, "tokenizer.json", tokenizer(vocab))


def tokenizer(vocab: list) -> dict:
    special = lambda token: {"id": token, "type_id": 0}
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [
            {"id": index, "content": token, "single_word": False, "lstrip": False,
             "rstrip": False, "normalized": False, "special": True}
            for index, token in enumerate(SPECIAL)
        ],
        "normalizer": {"type": "BertNormalizer", "clean_text": True,
                       "handle_chinese_chars": True, "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": special("[CLS]")}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": special("[SEP]")}],
            "pair": [{"SpecialToken": special("[CLS]")}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": special("[SEP]")}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {
                token: {"id": token, "ids": [SPECIAL.index(token)], "tokens": [token]}
                for token in ("[CLS]", "[SEP]")
            },
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100,
                  "vocab": {token: index for index, token in enumerate(vocab)}},
    }


def write_json(folder: str, name: str, value: dict) -> None:
    with open(os.path.join(folder, name), "w", encoding="utf-8") as file:
        json.dump(value, file, indent=1, ensure_ascii=False)
        file.write("\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/tiny-embedding-model")
