"""helper"""
